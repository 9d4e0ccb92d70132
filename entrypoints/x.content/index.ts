export default defineContentScript({
  matches: ['https://x.com/*', 'https://twitter.com/*', 'https://mobile.twitter.com/*'],
  main() {
    document.documentElement.dataset.vigie = 'x';
  },
});
