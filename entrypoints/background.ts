export default defineBackground(() => {
  console.info('[vigie] background started');
});
