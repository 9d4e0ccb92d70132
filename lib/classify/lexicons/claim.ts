/**
 * Words that tell a claim from conversation on a brand's page, written from linguistic knowledge.
 * A rumour states something about a third party ("they recalled a batch", "the factory is closing");
 * a customer's question ("do you ship to Canada?") or remark about their own experience ("I ordered
 * ten days ago") does not. claim.ts looks these words up by hash at the start of each sentence
 * (single normalised words, as the tokeniser reads them: "j'" is its own token).
 */

/** The speaker (or the brand speaking of itself) as subject or owner. Object forms are left out ("police told us"; "US"). */
export const FIRST_PERSON = `i i'm im i've ive i'd i'll my mine we we're we've we'll our ours
  je j' moi mon ma mes nous notre nos`;

/** The reader as subject or owner ("you ship", "your shop", "vous livrez"). */
export const SECOND_PERSON = `you you're youre your yours u ur yourself
  tu t' toi ton ta tes vous votre vos`;

/** Words that open a question even without a question mark ("est" as in "est-ce que"). */
export const QUESTION_OPENERS = `do does did is are was were can could will would should shall has have when where what
  which who why how any anyone anybody whats what's wheres where's hows how's
  est quand comment pourquoi combien quel quelle quels quelles qui avez pouvez`;

/**
 * Words that open a sentence whose unstated subject is the speaker, or that request something of
 * the reader: "Ordered two weeks ago...", "Waiting for an official statement", "Please post...",
 * "Merci de...", "Love the new box".
 */
export const SPEAKER_OPENERS = `please pls plz kindly thanks thank thx merci svp bravo congrats congratulations
  love loved loving hope hoping waiting ordered bought got tried received cant can't great nice glad happy`;

/**
 * Words that judge a product's taste or quality: with a product word in the same sentence ("Best
 * chocolate ever", "the dark chocolate with sea salt is perfect", "ce praliné est délicieux") the
 * sentence is an opinion, not a claim. The rumour model, trained on news, read short praise as
 * news: 5 of 30 praise comments written for a probe were flagged as rumours (2026-11-24).
 */
export const PRODUCT_OPINION = `best worst favourite favorite fave perfect perfection delicious delish tasty yummy amazing
  awesome incredible excellent outstanding superb fabulous gorgeous beautiful lovely divine heavenly addictive
  underrated overrated beats smooth creamy rich disappointing bland
  meilleur meilleure meilleurs meilleures pire prefere preferee preferes preferees parfait parfaite delicieux delicieuse
  delicieuses excellent excellente incroyable magnifique merveille divin divine sublime succulent succulente fondant
  fondante addictif addictive onctueux onctueuse decevant decevante fade`;

/**
 * Slang that praises after "is" ("this flavour is killer", "the mint one is the bomb", "ce praliné
 * est une tuerie"): claim.ts reads them as a judgement only there. Seen flagged as rumours in the
 * praise comments written for a probe (2026-11-24): "killer" and "bomb" are news words too.
 */
export const SLANG_PRAISE = `killer fire lit dope bomb banging bangin insane unreal sick tuerie dinguerie folie`;

/**
 * Verbs that open an instruction or a tip, imperative: recipes, storage, what to try or where to
 * look ("Melt the chocolate slowly", "Store in a cool dry place", "Faites fondre le chocolat").
 * A sentence that opens with one and names no third party ("they", "il") tells the reader what to
 * do, it states nothing: the rumour model, trained on news, flagged 7 of 8 such sentences written
 * for a probe as rumours (2026-11-24). "Check your bars, they found glass" names "they": a claim.
 */
export const INSTRUCTION_OPENERS = `add mix stir bake melt chop serve store keep heat pour whisk fold cool let try use put place
  cook boil cut sprinkle preheat combine remove refrigerate freeze enjoy pair dip spread grate toast warm chill wrap
  visit click follow see check read look buy grab order call contact make take go
  ajoutez ajoute melangez melange faites fais versez verse laissez laisse mettez mets servez sers conservez conserve
  essayez essaie goutez goute achetez achete commandez commande contactez contacte cliquez clique allez va prenez prends
  coupez coupe chauffez chauffe fondez`;

/**
 * A third party named in a sentence: then it states something about them, instruction or not. Also
 * what names the target of a death wish (rules/threats.ts: "qu'il crève", "I hope she dies").
 */
export const THIRD_PARTY = `he she they him her them his their theirs he's she's they're theyre
  il ils elle elles lui leur leurs eux`;
