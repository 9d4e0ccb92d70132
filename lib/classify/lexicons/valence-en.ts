/**
 * English words of negative valence, from the VADER sentiment lexicon (Hutto & Gilbert 2014,
 * ICWSM; MIT, C.J. Hutto), as distributed in the vader-sentiment npm package 1.1.3 (Apache-2.0,
 * Copyright 2018 Comcast Cable Communications Management, LLC): every single-word
 * entry whose mean human rating is -1.25 or lower (milder words made no measured difference),
 * grouped by that rating rounded to 0.5 (`weight` is its magnitude). Human ratings of how negative
 * a word is, independent of any hostility data set: "dishonest", "heartless", "arrogant" read as
 * judgements wherever the comment comes from.
 * Left out by hand (411 of those words): what is negative about events rather than about someone:
 * death, war, terror, illness, accidents, misfortune, losses, delays and failures,
 * and the speaker's own feelings (sad, worried, tired, disappointed, angry). News and customer
 * complaints are full of them.
 * Used by the hostility model as dense features (features.ts: negative_valence, negative_you), for
 * the words that no insult, profanity or slur list has: not a reason shown to users. Content
 * warning: contains insults.
 */
import { words, type LexiconList } from './types';

export const VALENCE_EN: LexiconList[] = [
  { cat: 'negative', lang: 'en', weight: 1.5, phrases: words(`awol|nimy|nitl|smh|abandoning|abandonments|abandons|accusations|accuses|acrimonious|adversarial|adverse|
    adversities|afflicted|aggress|aggressed|aggressions|aggressively|aggressivities|agitate|agitatedly|agitates|
    agitations|agitative|agitator|agonising|amoral|amorality|angriness|annoyance|annoyed|annoyers|annoying|
    antagonistic|antagonists|antagonized|anti|appalling|argue|argued|arguer|arguers|argues|argument|argumentative|
    argumentive|arguments|ashamedly|aversive|avoidance|avoided|avoiders|avoiding|awkwardly|axed|bamboozle|
    bamboozled|bamboozles|battle|battlefield|battleground|battles|bereaving|bitterish|bitterness|bizarre|blame|
    blameful|blamefully|blames|blameworthiness|blind|blocking|bores|boresome|boring|bother|botheration|
    botherations|bothered|bothering|bothersome|boycott|boycotted|boycotting|boycotts|brainwashing|bummer|burdened|
    burdener|burdeners|burdening|burdens|careless|carelessness|carelessnesses|chagrined|chastises|chastising|
    cheerless|cheerlessness|chuckleheaded|clueless|coerced|collision|combat|complain|complained|complainers|
    complainingly|complains|complaints|condemn|conflict|conflicting|conflicts|confrontation|confrontational|
    confrontations|confronters|contagions|contagious|contemptible|contemptibly|contradict|contradicted|
    contradicting|contradictions|contradictoriness|contradictors|contradictory|contradicts|cowardly|crap|crazily|
    craziness|crazy|critical|criticises|criticising|criticize|criticized|criticizer|criticizers|criticizes|
    criticizing|crushing|cynic|cynical|cynically|cynicism|cynicisms|damn|damnable|damnably|damnations|damned|
    damning|debt|decay|decayed|decayer|decayers|decaying|decays|deceive|deceives|deceiving|defeater|defeating|
    defeatism|defeatist|defeats|defeatures|defect|defected|defection|defections|defectors|defects|defenseless|
    defenselessness|deficit|degradations|dehumanizes|demoralized|denier|denounce|deny|denying|depriver|deprivers|
    deprives|derailed|derails|deriding|despair|despairer|despairers|desperate|desperately|desperateness|despise|
    despised|despisers|detained|detention|deviled|devilishly|devilries|deviltries|dirt|dirtier|disadvantaged|
    disadvantageousness|disadvantages|disagree|disagreeable|disagreeableness|disagreeably|disagreed|disagreeing|
    disagreement|disagrees|disappears|discarded|discomfortable|discomforted|discomforting|discomforts|
    disconsolation|discord|discouraged|discourager|disguising|disillusioning|disillusionment|disillusionments|
    disillusions|disjointed|dislike|disliked|dislikes|disliking|disorder|disoriented|disparaged|disparages|
    dispute|disputed|disputing|disquiet|disregarded|disregards|disruption|disruptions|disruptive|dissatisfied|
    distort|distorted|distorts|distractable|distracted|distractibility|distractible|distractingly|distraction|
    distractive|distracts|distresses|distressfully|distressing|distrustfulness|distrusts|disturb|disturbance|
    disturbances|disturbed|disturber|doom|doomsayers|doomsaying|doomsayings|doomsters|dork|doubt|doubtable|
    doubter|doubters|doubtful|doubting|doubtingly|douche|drained|dreads|dreary|drunk|dubious|dull|dullard|dulled|
    duller|dullest|dullness|dumbed|dumber|dumbfounded|dumbly|dumbs|dump|dumped|dumpier|dumpiest|dumping|dumps|
    dumpy|dupe|eerie|egotism|egotistic|egotists|embarrassable|embarrassed|embarrasses|embarrassing|embarrassingly|
    embarrassments|emptinesses|enraged|enslaved|enslaves|envyingly|excluded|excruciated|exhausted|exhauster|
    exhausters|exhausting|exhaustion|expelling|expels|exploits|failingly|fallen|falsified|farce|fatigued|fatigues|
    fatiguingly|faultfinders|faultiness|faulting|fearsome|feud|feuding|feuds|fidgety|fiery|firing|flop|flops|flu|
    flunk|flunkers|flunkies|flunking|fooled|foolhardier|foolhardiest|foolhardiness|foolhardy|fooling|foolisher|
    foolishest|forbid|forbiddance|forbidder|forbidders|forbids|frantically|freakier|freakiest|freakiness|
    freakishness|freakouts|freaky|freebooter|freeloaded|freeloading|freeloads|freezingly|frenzy|friendless|fright|
    frighted|frighten|frightens|frightfully|frighting|frowning|gag|gagged|ghost|glamourless|gloomier|gossiping|
    gossipmongers|gossipped|gossips|gossipy|grave|graveless|gravely|graveness|gravesides|gravest|greed|greediness|
    greedy|grimacing|grime|grimier|griminess|grimly|grimmer|grouchily|grouching|guiltiest|guilts|gullibility|
    gullible|hacked|hapless|haplessness|harried|haunt|helplessly|helplessnesses|hesitated|hesitater|hesitaters|
    hesitates|hesitating|hesitatingly|hindrance|hooligan|horridly|hostile|hostiles|humiliated|humorless|
    humorlessness|idealless|ignorance|ignorantly|ignore|ignored|ignorer|ignoring|immoralism|immoralists|
    impatiently|imperfect|impersonal|impolite|inability|inadequacies|inadequacy|inadequate|inadequateness|
    inadequatenesses|incapable|inconvenience|inconvenient|indecisiveness|indoctrinate|ineffectively|
    ineffectiveness|ineffectuality|ineffectualness|inferior|inflamed|inhibit|inhibition|inhibitive|insane|
    insecurely|insignificant|insincerity|interrogated|interrupt|interrupters|interruptible|interruption|
    interruptions|interruptive|interruptor|interrupts|intimidates|intimidations|intimidator|intimidators|
    irrational|irrationalism|irrationalists|irrationalities|irrationality|irrationally|irresolute|irritabilities|
    irritability|irritableness|irritates|irritations|isolated|isolates|isolation|jaded|jealousness|jealousy|jerk|
    joylessly|killjoys|lackadaisical|lag|lags|lamebrain|lamentable|lamentableness|lamentably|lamentation|lamented|
    laments|lamer|lamest|laughingstocks|lazy|leak|leaked|lethargy|lied|loner|lonesome|lonesomely|lonesomes|loose|
    louse|louses|lousiness|lowballed|lowermost|lowest|lowlier|lowlife|lowness|luckless|ludicrous|lunatics|madly|
    maniacally|manipulated|manipulating|masochism|masochist|masochistically|melancholias|menaced|mess|messed|
    messy|misbehaved|misbehaves|misbehaving|mischief|miserly|misers|misgiving|misinformation|misinformed|
    misinterpreted|misleading|misreporting|misunderstand|misunderstands|misunderstood|mlm|mocked|mockeries|
    mockers|mockery|mocking|mooch|mooched|moocher|mooches|mooching|moodily|moodiness|moodinesses|moody|
    moronically|morons|mumpish|nag|nagana|nagged|naggers|naggier|nagging|naggy|needy|neglecter|neglecters|
    neglecting|neurotic|niggas|nonsense|numb|numbingly|numbly|nuts|obsessing|obsession|obsessional|obsessionally|
    obstacle|obstacles|odd|offences|offender|offenders|offenses|ominous|oppressive|optionless|outrageousnesses|
    overload|overreacted|overweight|paranoiac|paranoias|paranoids|peril|perplexed|persecuted|persecuting|
    perturbed|perversion|perverter|pessimism|pessimist|pessimistic|petrify|pettiest|phobia|phobics|piss|pissant|
    pissers|pisses|pissing|pitied|pitiers|pitying|pleasureless|prblm|prejudicially|pressures|pressuring|prick|
    pricklier|prickliest|profitless|promiscuously|prosecute|prosecuted|provoke|provokes|punishabilities|
    punishability|quaking|rancidnesses|rant|rants|rash|rebeldom|reckless|reeker|reekers|refusing|reject|rejecter|
    rejectingly|reluctance|reluctancy|repress|repressed|represses|repressible|repression|repressions|repressive|
    repressively|repressor|resented|resentfully|resign|resigns|restlessly|restrict|restricted|restricting|
    restricts|revengefully|ridiculed|ridiculer|ridiculers|ridiculous|ridiculously|ridiculousnesses|rigged|
    rudeness|ruinable|ruinated|ruinates|ruinating|ruinations|ruing|scapegoat|scapegoats|scarer|scarers|scold|
    scorn|scream|screamed|screamers|screaming|screwup|screwy|seditious|seduced|selfishly|selfishness|severe|
    severed|severer|severest|shakedowns|shakeout|shameless|shamelessly|shamelessness|shames|shitted|shock|shocked|
    shocking|shocks|shylocking|shylocks|shyness|shyster|skeptical|slam|sleeplessness|sluggish|smartasses|smear|
    smileless|smothering|smuggest|smuggle|smuggled|smugglers|smuggles|smugness|smugnesses|snobbily|snobbishnesses|
    snobby|snobs|sobbing|sore|spam|spammers|spiritless|spitefulness|spites|startle|stenches|stereotype|stifled|
    stingy|stink|stinker|stinkier|stinkingly|stinko|stinky|strained|straining|strikes|stubborn|stubborner|
    stubbornly|stubbornnesses|stunk|stupidness|stuttering|submissive|sucks|sulking|sullen|suspects|suspend|
    suspicion|suspicions|suspicious|suspiciously|sux|swindles|talentless|tantrums|tease|tempers|tense|tenseness|
    tenser|tension|tensioner|tensioning|tensions|thieved|threaten|threatener|threatens|timidity|toothless|trap|
    traumata|traumatized|traumatizes|trembling|trickers|tricksters|trivialising|troubler|tumor|turmoil|uglified|
    unappreciated|unapproved|uncertainly|uncertainness|uncertainties|uncertainty|uncomfortable|uncomfortably|
    uncontrollability|uncontrollable|uncontrollably|unconvinced|undermined|undermines|undermining|unease|uneasier|
    uneasily|uneasiness|uneasy|unequal|unfocused|unfortunately|unfriendly|ungratefulness|unimportant|unimpressed|
    unimpressive|unkind|unmotivated|unprotected|unsatisfied|unsecured|unsettled|unstable|unsuccessful|
    unsuccessfully|unsupported|unsurely|unwelcome|uptight|uselessly|uselessness|vicious|viciously|virtueless|
    vultures|walkout|wasting|weakened|weakener|weakeners|weakening|weakens|weakhearted|weaklier|weakling|
    weaklings|weaknesses|weaponed|weirdie|weirdoes|whine|whiney|whoremasters|wimp|wimpish|wiseasses|wisenheimers|
    witch|woefully`) },
  { cat: 'negative', lang: 'en', weight: 2.0, phrases: words(`atab|bsod|btd|fcol|nme|qq|abandon|abandoned|abandoner|abandoners|abductions|abhor|abusing|aching|admonished|
    adversity|affectionless|aggravated|aggravates|aggressiveness|aghast|agitated|agitating|agitators|agonise|
    agonized|agony|amort|angerly|angrily|anguished|anguishes|animosity|annoy|annoyances|annoyer|annoys|antagonism|
    antagonist|antagonistically|antagonize|appalled|appallingly|appalls|apprehension|arguing|argumentatively|
    arrogances|arrogant|arrogantly|ashamed|aversion|avoider|awful|badly|banish|bankster|banned|bastardies|
    bastardise|bastardizations|bastardized|bastardizes|beaten|beating|belittle|belittled|bereave|bereaved|
    bereaves|bitchier|bitter|bittered|bitterer|bitterly|blamable|blamably|blamed|blamer|blamers|blaming|block|
    bloody|brutalization|bully|burden|burdensome|catastrophic|censor|chagrin|chaotic|charmless|chastised|cheat|
    cheaters|cheats|choked|chokes|choking|chucklehead|comfortless|complainer|condemned|conflictive|contagion|
    contemptibilities|contemptibleness|contemptuous|contradictious|coward|criticise|criticised|criticism|
    crudeness|crudenesses|cruder|crushed|crushes|cunt|damnableness|damnifies|damnify|damningly|damns|darkest|
    deceit|deceitful|deceived|deception|defeat|defeated|defeatists|defeature|defecting|defective|defectively|
    defectiveness|defectives|defector|degradative|degrade|degraded|degrader|degraders|degrades|dehumanize|
    dehumanized|deject|dejected|dejects|denied|denies|denounces|deprival|deprivation|deprivations|deprive|
    deprived|depriving|despairingly|desperation|desperations|despiser|despises|despondent|detain|devastation|
    devastations|deviling|devilish|devilling|devilment|dipshit|dire|dirty|disabling|disadvantage|disadvantageous|
    disadvantageously|disagreeablenesses|disagreements|discomfort|discontented|discourage|discouragement|
    discouragements|discouragers|discourages|discouraging|discouragingly|discredited|disdain|disgrace|disgraced|
    disgusts|dishearten|disheartened|disheartening|dishearteningly|disheartenments|disheartens|disillusioned|
    dismay|dismayed|dismaying|dismayingly|dismays|disparage|disparaging|displeased|disqualified|disrespect|
    disrespected|dissatisfaction|dissatisfactions|dissatisfactory|dissatisfies|dissatisfy|distressed|distressful|
    distressingly|distrust|distrustful|distrustfully|distrusting|disturbers|disturbs|dolorous|doomful|doomsdayer|
    doomster|downcast|dread|dreadful|drowns|dullards|dullnesses|dumbheads|dumbness|dumpish|duped|dysfunction|
    egotistically|embarrassment|emptiest|emptiness|enemies|enrages|erroneous|eviction|eviler|exasperated|
    excruciations|expel|exploited|exploiting|fag|failings|faithlessness|fake|fakes|faking|falsify|faultfinding|
    faultier|faultiest|faultily|feuded|flunked|flunker|flunkey|flunks|flunky|foe|foeman|foes|foetors|fool|
    fooleries|foolery|foolishly|foolishness|foolishnesses|fools|forbidden|forbidding|forbiddingly|forced|frantic|
    fraudulent|freak|freaking|freakish|freakout|freeload|frightened|frightening|frighteningly|frightfulness|fucks|
    fumed|furiously|futile|gloomed|gloomful|gloomiest|gloominess|glooming|glum|goddamn|goddamned|goddamns|goddams|
    gossipping|greedier|greedily|greenwash|grimaced|grimaces|grimy|gross|grossest|grossness|grouch|grouchier|
    grouchiness|grouchy|guiltier|guiltiness|harass|harmed|harms|harsh|harsher|hateful|hater|haters|hates|haunted|
    heartbreaker|heartbreakers|heartbreaking|heartbreakingly|heartbreaks|heartless|heavyhearted|helpless|
    helplessness|heroin|heroinism|homesickness|homesicknesses|hooliganism|hopeless|hopelessly|horrendously|
    horribles|hostilely|hostilities|hurters|hurtfulness|hypocritical|hysteria|hysterics|idealess|ignorami|
    ignoramus|illiteracy|imbecile|immoral|immoralist|immorally|impatience|impolitely|impoliteness|imprisoned|
    incapacitated|incensed|incompetent|inconsiderate|indignant|infected|inferiorities|inferiorly|infringement|
    infuriate|insecure|insecureness|insecurities|insecurity|insensitivity|insincere|insincerely|insipid|insulter|
    insulters|insulting|insults|intimidated|intimidating|intimidation|irrationalist|irresponsible|irritable|
    irritably|irritants|irritate|irritated|irritating|irritatingly|irritative|jackass|jealous|jealousies|
    jealously|jeopardy|killjoy|lame|lamely|lament|lamentations|lamenting|libelous|lies|loathe|loathed|loathes|
    lonesomeness|lousier|lowbrow|lowery|lowliest|lowlifes|lowlight|lowlives|ludicrousness|lugubrious|lunatic|
    maddening|madness|maniac|masochistic|meaningless|melancholiac|melancholy|menace|mindless|misbehave|miser|
    miserable|miserably|misrepresentation|misunderstanding|mock|mocks|molest|molestation|molested|molesters|
    moochers|moodiest|mope|moron|murderess|nagger|nasties|nastily|neglect|neglectful|neglectfully|neglectfulness|
    neglects|neurotically|notorious|numbskulls|obliterated|obnoxious|obnoxiousness|offends|offensive|oppressed|
    outrageous|outraging|overreacts|passionless|pathetically|penalty|perjury|perpetrator|persecute|perverse|
    perversely|perverseness|perversive|pessimisms|pessimistically|petrifaction|phobias|pisser|pitiful|pitifuller|
    pitiless|pitilessly|poisoned|polluted|polluter|polluters|pollutes|powerless|prejudiced|prejudices|prejudicing|
    promiscuity|prosecutes|prosecution|protesting|puked|pukes|puking|punishable|punished|punisher|punishes|
    punishment|punishments|raged|rages|rebelliously|recession|reeked|reeking|rejectees|rejecters|rejecting|
    rejections|rejective|rejector|rejects|remorselessly|repressing|repressors|repulsed|resentful|resentfulness|
    resentment|resentments|revengefulness|revenger|revengers|revenges|ridicule|ridicules|ridiculing|rude|rudely|
    ruder|rudesby|ruined|ruiner|ruins|savage|savaged|savagely|savageries|scandal|scandals|scaremonger|
    scaremongers|scornful|screwed|screwiest|sedition|selfish|selfishnesses|severely|shame|shamefacedly|
    shamefacedness|shameful|shamefully|shamelessnesses|shattered|shits|shittier|shitting|shylock|sickener|
    sickeners|sickeningly|sins|sluttish|sluttishly|sluttishnesses|smartass|smother|smothers|smuggler|smuggling|
    snob|snobbery|snub|snubbed|snubs|sobbed|somber|spammer|spamming|spiteful|stabbed|stabs|stampede|stank|starve|
    starving|stinkiest|stupidities|stupidity|stupidly|suck|sucked|suckered|suckering|sucky|suspended|swindling|
    tantrum|temper|terrible|terribleness|thieve|thieveries|thievery|thoughtless|threatened|threateners|
    threateningly|threating|ticked|torturously|totalitarian|trauma|traumas|traumatises|traumatising|
    traumatizations|treason|troublemaker|troublemakers|troublemaking|troublers|troublesomely|troublesomeness|
    troublous|troublously|ugh|uglier|uglies|uglification|uglifies|uglify|uglifying|uglily|unacceptable|
    unattractive|undeserving|undesirable|uneasiest|uneasinesses|unemployment|unfortunate|unfortunates|unfulfilled|
    ungrateful|ungratefully|unhappily|unhappinesses|unintelligent|uninvolved|uninvolving|unloved|unlovelier|
    unloveliest|unloveliness|unlovely|unpleasant|unsavory|unworthy|useless|vain|vexation|vexing|villainesses|
    villainous|violate|violation|violators|vitriolic|vulture|waste|wasted|weak|weaken|weaker|weakliest|weakly|
    weakness|weapons|weirdo|whines|whoredom|whorehouses|whoremaster|whoremongers|whoreson|wickeder|wickedly|
    wickedness|wickednesses|widowed|wiseass|woe|woeful|woefulness|woes|worse|worsened|worsening|worsens|worser|
    worthless|wreck|wrong|wronged|yucky|zealot`) },
  { cat: 'negative', lang: 'en', weight: 2.5, phrases: words(`bfd|bfe|cwot|doa|fkm|mofo|nfc|nfw|pita|po|snafu|wth|abandonment|abducted|abhorred|abuser|abusers|abusiveness|
    aggravate|agonised|agonises|agonize|agonizes|agonizing|agonizingly|angrier|anguishing|antagonizing|appall|
    arrogance|ass|assassinations|assaulted|assaulting|assaults|assfucking|bad|ban|bankrupt|bastard|bastardised|
    bastardises|bastardising|bastardization|bastardize|bastardizing|bastardly|bastardy|betraying|betrays|bitched|
    bitcheries|bitchery|bitchily|bitchiness|bitchy|bitterest|blameworthy|brutalise|brutalities|brutalizations|
    brutalized|chaos|chastise|cheated|cheater|cheating|choke|cocksuckers|compassionless|condemns|conspiracy|
    contemptuously|corpse|crappy|crestfallen|criminal|criminals|crude|crudest|crueler|cruelest|crueller|cruelties|
    curse|damnation|damnatory|damnifying|damnit|dearth|degradation|degradingly|dehumanizing|dejecting|despaired|
    despairing|despairs|despisement|despisements|despising|devastatingly|devilishness|devilkin|devilled|devils|
    dick|dirtiest|disconsolate|disgusted|disgustful|disgusting|disheartenment|dishonest|dissatisfying|distraught|
    distress|distressfulness|distrusted|disturbing|disturbingly|doomsdays|downhearted|dreaded|dreadfully|
    dreadfuls|dreading|drown|dullsville|dumb|dumbass|dumbest|dumbhead|effin|egotist|enemy|enrage|evildoers|
    evildoings|evilest|evils|excruciate|fascist|felonies|felony|fiasco|foetid|foreclosures|frauds|fraudster|
    fraudsters|fraudulence|frightful|fuck|fuked|fuming|furious|fury|gloom|goddam|goddammed|grim|grouchiest|
    harassed|harasser|harasses|harassing|harassment|harassments|harm|harmfully|harmfulness|harming|hate|hatefully|
    hating|heartbreak|horrible|horribleness|horribly|horrid|horridness|horrify|horrifying|hostility|humiliate|
    humiliatingly|humiliation|humiliations|hurter|hurtful|hurtfully|idiot|idiotic|ignoramuses|illegal|
    impolitenesses|incompetence|indignation|infuriates|infuriating|insanity|insult|insulted|insultingly|irritant|
    irritation|joyless|joylessness|killingly|lamebrained|lazier|laziest|liar|liars|livid|loathing|loser|losers|
    lousiest|lousy|lowbred|lying|miseries|miserliness|misery|molester|moronic|murderesses|naggiest|nastier|
    nastiest|nastinesses|nasty|negative|negativity|neglected|numbskull|obnoxiously|offending|offensiveness|outcry|
    outrage|outraged|outrages|pathetic|perversity|pervert|perverted|petrified|petrifies|petrifying|pissants|
    poison|poisoner|poisonings|poisonous|poisons|pollute|prblms|prejudice|prejudicial|prejudicialness|puke|punish|
    punishers|punishing|punitive|racists|rage|raging|rancid|rancidity|rancidly|rancidness|reek|rejected|rejectee|
    rejection|remorseless|retard|retarded|revenge|revengeful|riot|riots|robber|rotten|rudest|ruination|ruinous|
    ruinously|sabotage|savageness|savagery|savages|scam|scandalous|shamed|shamefaced|shamefulness|shamefulnesses|
    shit|shitheads|shitty|sickening|sin|sinful|sluts|sluttier|sluttishness|slutty|sobs|son-of-a-bitch|spite|
    spited|spitefully|spitefulnesses|starved|starves|stench|stenchful|stenchy|stinkard|stinking|stinkpot|
    strangled|stricken|stupid|stupider|stupidest|stupidnesses|stupids|sucker|suckers|swindle|tard|terriblenesses|
    terribly|terrifies|terrify|terrifying|thief|thieves|threatening|tortured|torturer|tortures|torturous|
    totalitarianism|trapped|traumatic|traumatised|traumatism|traumatize|traumatizing|travesty|treasonous|
    troublesome|troubling|trustless|ugliness|uglinesses|ugly|unethical|unhappier|unhappiest|unhappiness|unhealthy|
    unjust|unlovable|unloving|unprofessional|viciousness|villain|villainies|villainousness|villainy|violated|
    violater|violaters|violates|violating|violations|violative|violator|virulent|wanker|warmongering|weakest|
    whoredoms|whoremonger|whoresons|wicked|woebegone|worsen|wrathful`) },
  { cat: 'negative', lang: 'en', weight: 3.0, phrases: words(`afu|dx|ffs|fubar|kia|sob|wtf|abduction|abhorrent|abhors|abusive|abusively|abusivenesses|angriest|anguish|
    assassination|assault|assaultive|assholes|bastards|betray|betrayal|betrayed|bitch|bitches|bitchiest|brutal|
    brutalised|brutalises|brutalising|brutality|brutalize|brutalizes|brutally|bullied|bullshit|bullying|
    cocksucker|condemnation|contempt|cruel|cruellest|cruelly|cruelness|cruelty|cunts|damnified|degrading|
    devastate|devastated|devastates|devastative|devastator|devastators|devilry|deviltry|dickhead|direful|
    disastrous|disgust|disgustedly|disgustingly|dismal|doomed|dooming|doomsday|douchebag|dreadfulness|drowned|
    enraging|enslave|evildoer|evildoing|eviller|evilness|excruciatingly|faggots|foetor|fraud|fuckers|fuckface|
    fuckhead|fucktard|fuking|greediest|harassers|harshest|hated|hatred|havoc|heartlessly|heartlessness|hellish|
    hopelessness|horrendous|horridnesses|horrifies|infuriated|irate|jackasses|maddest|miserableness|molestations|
    molesting|molests|motherfucking|murderous|murderously|murderousness|obliterate|obscene|offensively|perverts|
    pissed|poisoners|poisoning|poisonously|racism|racist|rageful|remorselessness|repulse|ruin|ruinate|scams|
    scumbag|shithead|sinister|slut|sluttiest|stab|terrified|torture|torturing|traumatically|traumatise|
    traumatization|ugliest|vile|villainess|villainously|warmonger|warmongers|whored|whores|wickedest|worst`) },
  { cat: 'negative', lang: 'en', weight: 3.5, phrases: words(`fu|apocalyptic|brutalizing|catastrophe|devastating|devil|evil|evillest|evilly|excruciating|excruciation|
    faggot|fucked|fucker|hatefulness|heartbroken|hell|horrifyingly|killer|killers|motherfucker|murderer|murderers|
    nigger|rapists|shittiest|suicidal|suicide|torturers|twat|villains|whore`) },
  { cat: 'negative', lang: 'en', weight: 4.0, phrases: words(`raping|rapist|slavery`) },
];
