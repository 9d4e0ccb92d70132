/**
 * Place names: countries, regions and large cities, in English and French (normalised, one word
 * each; words that are also common words, "nice", "tours", "turkey", "pays", are left out). The
 * rumour model does not read them (features.ts): its training events took place in Paris, Sydney,
 * Ottawa..., it had learnt "Paris" as a rumour word, and "The Paris shop has the new bars" scored
 * 0.95 (2026-11-24). Where a claim happens says nothing of whether it is a rumour. The hostility
 * model still reads them: measured, hiding them from it cost 0.001-0.002 of ROC AUC on every
 * source held out ("go back to Africa").
 */
export const PLACES = `
  abidjan adelaide afghanistan africa afrique alabama alaska albania alberta albuquerque alger
  algeria algerie algiers allemagne america amerique amiens amsterdam andorra angleterre angola
  ankara antwerp arabie argentina argentine arizona arkansas armenia asia asie athens atlanta
  auckland austin australia australie austria autriche avignon azerbaijan baghdad bahamas bahrain
  baltimore bangalore bangkok bangladesh barbados barcelona basel beijing belarus belfast belgique
  belgium belize benin berlin bern besancon bhutan bilbao birmingham bogota bolivia bologna bordeaux
  bosnia boston botswana brazil bresil brest brighton brisbane bristol britain bronx brooklyn brunei
  brunswick brussels bucharest budapest bulgaria bulgarie burkina burundi caen cairo calais calgary
  california cambodia cambridge cameroon cameroun canada canberra cannes caracas cardiff casablanca
  chad chicago chile china chine chypre cincinnati cleveland cologne colombia colombie colorado
  columbia comoros congo connecticut copenhagen coree croatia croatie cuba cyprus czechia dakar
  dallas danemark delaware delhi denmark denver detroit dhaka dijon djibouti doha dominica dortmund
  dresden dubai dublin dusseldorf ecosse ecuador edinburgh edmonton egypt egypte england eritrea
  espagne essen estonia estonie eswatini ethiopia ethiopie europe fiji finland finlande florence
  florida france frankfurt fresno gabon gambia geneva georgia germany ghana glasgow grece greece
  grenada grenoble guatemala guinea guinee guyana hague haiti halifax hamburg hanoi havana hawaii
  helsinki honduras hongrie honolulu houston hungary iceland idaho illinois inde india indiana
  indonesia indonesie iowa irak iran iraq ireland irlande islande israel istanbul italie italy
  jacksonville jakarta jamaica japan japon jerusalem johannesburg jordan jordanie kabul kansas
  karachi kazakhstan kentucky kenya kiev kiribati kolkata kosovo krakow kuwait kyiv kyoto kyrgyzstan
  lagos lahore laos latvia lausanne lebanon leeds leicester leipzig lesotho liban liberia libya libye
  liechtenstein lille lima limoges lisbon lithuania lituanie liverpool london louisiana louisville
  luxembourg lyon madagascar madrid maine malaisie malawi malaysia maldives mali malta manchester
  manhattan manila manitoba maroc marseille maryland massachusetts mauritania mauritius melbourne
  memphis metz mexico mexique miami michigan micronesia milan milwaukee minneapolis minnesota minsk
  mississippi missouri moldova monaco mongolia mongolie montana montenegro montpellier montreal
  morocco moscow mozambique mumbai munich myanmar nairobi namibia nancy nantes naples nashville nauru
  nebraska nepal netherlands nevada newcastle nicaragua nigeria nimes norvege norway nottingham
  oakland oceania ohio oklahoma oman ontario oregon osaka oslo ottawa oxford pakistan palau palestine
  panama paraguay paris pennsylvania perpignan perth peru philadelphia philippines phoenix pittsburgh
  poland pologne portland porto portugal prague qatar quebec queensland rabat reims rennes reykjavik
  riyadh romania rome rotterdam rouen roumanie russia russie rwanda sacramento samoa santiago
  saskatchewan scotia scotland seattle senegal seoul serbia serbie seville seychelles shanghai
  sheffield singapore slovakia slovaquie slovenia slovenie sofia somalia somalie soudan spain
  stockholm strasbourg stuttgart sudan suede suisse suriname sweden switzerland sydney syria syrie
  taiwan tajikistan tampa tanzania tasmania tchad tchequie tehran tennessee texas thailand thailande
  togo tokyo tonga toronto toulon toulouse tucson tulsa tunis tunisia tunisie turin turkmenistan
  turquie tuvalu uganda uk ukraine uruguay usa utah uzbekistan valencia vancouver vanuatu vegas
  venezuela venice vermont victoria vienna vietnam virginia wales warsaw washington wellington
  winnipeg wisconsin wyoming yemen zambia zimbabwe zurich
`;
