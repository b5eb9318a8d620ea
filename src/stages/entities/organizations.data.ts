/**
 * Organisations (label ORG) as "Canonical|alias…". Acronyms are listed in capitals so they only
 * match capitalised text ("WHO", never "who"). Spelling variants of transliterated names (Kataeb,
 * Kata'ib, Kataib) are aliases of one canonical name so that articles agree on it.
 */

/** International and intergovernmental organisations. */
export const INTERNATIONAL_ORGS: readonly string[] = [
  'United Nations|UN|U.N.', 'UN Security Council|U.N. Security Council|United Nations Security Council|Security Council',
  'UN General Assembly|U.N. General Assembly|United Nations General Assembly|General Assembly', 'NATO|North Atlantic Treaty Organization|Nato',
  'European Union|EU|E.U.', 'European Commission', 'European Parliament', 'European Council', 'Council of the European Union',
  'European Central Bank|ECB', 'European Court of Human Rights', 'European Court of Justice', 'Council of Europe',
  'World Bank', 'International Monetary Fund|IMF', 'World Health Organization|WHO|World Health Organisation',
  'World Trade Organization|WTO|World Trade Organisation', 'OPEC|Organization of the Petroleum Exporting Countries', 'OPEC+',
  'African Union|AU', 'Arab League|League of Arab States', 'ASEAN|Association of Southeast Asian Nations',
  'Gulf Cooperation Council|GCC', 'Organisation of Islamic Cooperation|OIC|Organization of Islamic Cooperation',
  'OSCE|Organization for Security and Co-operation in Europe|Organisation for Security and Cooperation in Europe',
  'OECD|Organisation for Economic Co-operation and Development', 'G7|Group of Seven|G-7', 'G20|Group of 20|G-20',
  'BRICS', 'Commonwealth', 'International Criminal Court|ICC', 'International Court of Justice|ICJ|World Court',
  'International Atomic Energy Agency|IAEA', 'UNICEF', 'UNHCR|UN refugee agency|United Nations High Commissioner for Refugees',
  'UNRWA', 'UNESCO', 'World Food Programme|WFP|World Food Program', 'UN Human Rights Council|Human Rights Council',
  'International Committee of the Red Cross|ICRC|Red Cross', 'Red Crescent', 'Amnesty International|Amnesty',
  'Human Rights Watch|HRW', 'Doctors Without Borders|MSF|Medecins Sans Frontieres', 'Interpol', 'Europol', 'Frontex',
  'Shanghai Cooperation Organisation|SCO|Shanghai Cooperation Organization', 'Mercosur', 'Eurozone|euro zone',
  'International Olympic Committee|IOC', 'FIFA', 'UEFA', 'Greenpeace', 'Transparency International', 'Oxfam',
  'Save the Children', 'World Economic Forum|WEF', 'Bank for International Settlements|BIS', 'Paris Club',
];

/** Governments, ministries, legislatures, courts, militaries and intelligence services. */
export const GOVERNMENT_BODIES: readonly string[] = [
  'White House', 'Pentagon', 'State Department|U.S. State Department|US State Department|Department of State',
  'Defense Department|Department of Defense|DoD|Defence Department', 'Justice Department|Department of Justice|DOJ',
  'Treasury Department|Department of the Treasury|US Treasury|U.S. Treasury', 'Department of Homeland Security|Homeland Security|DHS',
  'Congress|U.S. Congress|US Congress', 'Senate|U.S. Senate|US Senate', 'House of Representatives|U.S. House|US House',
  'Supreme Court|U.S. Supreme Court|US Supreme Court', 'Federal Reserve|Fed|U.S. Federal Reserve', 'CIA|Central Intelligence Agency',
  'FBI|Federal Bureau of Investigation', 'NSA|National Security Agency', 'National Security Council|NSC',
  'Joint Chiefs of Staff', 'U.S. Army|US Army', 'U.S. Navy|US Navy', 'U.S. Air Force|US Air Force', 'Marine Corps|U.S. Marine Corps|US Marine Corps',
  'Central Command|CENTCOM|U.S. Central Command|US Central Command', 'National Guard', 'Coast Guard', 'Secret Service',
  'Environmental Protection Agency|EPA', 'Food and Drug Administration|FDA', 'Centers for Disease Control and Prevention|CDC',
  'NASA', 'Securities and Exchange Commission|SEC', 'Federal Communications Commission|FCC', 'Federal Trade Commission|FTC',
  'Drug Enforcement Administration|DEA', 'Immigration and Customs Enforcement|ICE', 'Internal Revenue Service|IRS',
  'Federal Aviation Administration|FAA', 'Department of Energy|Energy Department', 'Commerce Department|Department of Commerce',
  'Labor Department|Department of Labor', 'Kremlin', 'Duma|State Duma', 'FSB', 'Russian Defence Ministry|Russian Defense Ministry',
  'Downing Street', 'House of Commons', 'House of Lords', 'Foreign Office', 'Ministry of Defence|MoD', 'MI5', 'MI6',
  'Bundestag', 'Bundesbank', 'Elysee|Élysée|Elysee Palace', 'Knesset', 'Israel Defense Forces|IDF|Israeli Defense Forces|Israel Defence Forces',
  'Mossad', 'Shin Bet', 'Islamic Revolutionary Guard Corps|IRGC|Revolutionary Guards|Revolutionary Guard|Iranian Revolutionary Guard Corps',
  'Quds Force', 'Popular Mobilization Forces|PMF|Popular Mobilisation Forces|Hashd al-Shaabi|Popular Mobilization Units|PMU',
  'Peshmerga', 'Iraqi Security Forces', 'Palestinian Authority|PA', 'Lok Sabha', 'Rajya Sabha', 'Politburo', 'National People\'s Congress',
  'People\'s Liberation Army|PLA', 'Bank of England', 'Bank of Japan', 'People\'s Bank of China',
];

/** Armed, militant and paramilitary groups. */
export const ARMED_GROUPS: readonly string[] = [
  'Hezbollah|Hizbollah|Hizballah|Hizbullah|Party of God', 'Kataeb Hezbollah|Kata\'ib Hezbollah|Kataib Hezbollah|Kataib Hizbollah|Kata\'ib Hizbollah|Hezbollah Brigades',
  'Al-Nujaba|Harakat al-Nujaba|Harakat Hezbollah al-Nujaba|Nujaba|Nujaba Movement', 'Asaib Ahl al-Haq|Asa\'ib Ahl al-Haq',
  'Kataib Sayyid al-Shuhada|Kata\'ib Sayyid al-Shuhada', 'Badr Organization|Badr Organisation|Badr Brigade',
  'Islamic Resistance in Iraq', 'Hamas', 'Izz ad-Din al-Qassam Brigades|Qassam Brigades|al-Qassam Brigades',
  'Palestinian Islamic Jihad|Islamic Jihad', 'Fatah', 'Palestine Liberation Organization|PLO|Palestine Liberation Organisation',
  'Islamic State|ISIS|ISIL|IS|Daesh|Islamic State of Iraq and Syria|Islamic State of Iraq and the Levant|Islamic State group',
  'al-Qaeda|al Qaeda|al-Qaida|al Qaida|Al-Qaeda|Al Qaeda|Al-Qaida', 'al-Qaeda in the Arabian Peninsula|AQAP',
  'Taliban', 'Houthis|Houthi|Ansar Allah|Ansarullah|Huthis|Huthi', 'al-Shabaab|al-Shabab|Al-Shabaab|Al-Shabab|Shabaab',
  'Boko Haram', 'Hayat Tahrir al-Sham|HTS', 'Nusra Front|al-Nusra Front|Jabhat al-Nusra', 'Free Syrian Army|FSA',
  'Syrian Democratic Forces|SDF', 'YPG|People\'s Protection Units', 'PKK|Kurdistan Workers\' Party|Kurdistan Workers Party',
  'Wagner Group|Wagner', 'Muslim Brotherhood', 'Lashkar-e-Taiba|LeT', 'Jaish-e-Mohammed|Jaish-e-Muhammad',
  'Tehreek-e-Taliban Pakistan|TTP|Pakistani Taliban', 'Haqqani network', 'Irish Republican Army|IRA', 'ETA',
  'FARC|Revolutionary Armed Forces of Colombia', 'ELN|National Liberation Army', 'Tamil Tigers|LTTE|Liberation Tigers of Tamil Eelam',
  'Polisario Front|Polisario', 'Rapid Support Forces|RSF', 'M23', 'Janjaweed',
  'Kurdistan Democratic Party|KDP', 'Patriotic Union of Kurdistan|PUK', 'Azov Battalion|Azov Regiment',
];

/** Political parties. */
export const PARTIES: readonly string[] = [
  'Democratic Party|Democratic National Committee|DNC', 'Republican Party|GOP|Grand Old Party|Republican National Committee|RNC',
  'Labour Party|Labour', 'Conservative Party|Tory Party', 'Liberal Democrats|Lib Dems',
  'Scottish National Party|SNP', 'Reform UK', 'Likud', 'Labor Party', 'Yesh Atid', 'Christian Democratic Union|CDU',
  'Social Democratic Party|SPD|Social Democrats', 'Alternative for Germany|AfD', 'Free Democratic Party|FDP', 'Greens|Green Party',
  'National Rally|National Front|Front National', 'La Republique En Marche|En Marche', 'Bharatiya Janata Party|BJP',
  'Indian National Congress|Congress Party', 'Aam Aadmi Party|AAP', 'Pakistan Tehreek-e-Insaf|PTI', 'Pakistan Muslim League|PML-N',
  'Pakistan Peoples Party|PPP', 'African National Congress|ANC', 'Chinese Communist Party|CCP|Communist Party of China|CPC',
  'Communist Party', 'United Russia', 'Justice and Development Party|AKP|AK Party', 'Republican People\'s Party|CHP',
  'Fidesz', 'Law and Justice|PiS', 'Brothers of Italy', 'Forza Italia', 'Northern League', 'Five Star Movement',
  'Podemos', 'Vox', 'Sinn Fein|Sinn Féin', 'Fianna Fail', 'Fine Gael', 'Liberal Party', 'New Democratic Party|NDP', 'Bloc Quebecois',
  'Workers\' Party', 'Peronist Party|Justicialist Party', 'Morena', 'Kuomintang|KMT', 'Democratic Progressive Party|DPP',
  'Liberal Democratic Party|LDP', 'Ba\'ath Party|Baath Party', 'Muslim League',
];

/** News agencies, broadcasters and newspapers (cited as sources of claims). */
export const MEDIA: readonly string[] = [
  'Reuters', 'Associated Press|AP', 'Agence France-Presse|AFP|Agence France Presse', 'Bloomberg|Bloomberg News', 'Xinhua|Xinhua News Agency',
  'TASS|Itar-Tass|ITAR-TASS', 'RIA Novosti|RIA', 'Interfax', 'Kyodo|Kyodo News', 'Yonhap', 'Anadolu|Anadolu Agency',
  'IRNA', 'Tasnim|Tasnim News Agency', 'Fars|Fars News Agency', 'Mehr|Mehr News Agency', 'ISNA', 'dpa|DPA', 'ANSA', 'EFE',
  'Press Trust of India', 'Press TV', 'Al Jazeera|Al-Jazeera|Aljazeera', 'Al Arabiya|Al-Arabiya', 'Al-Manar|Al Manar',
  'Al Mayadeen|Al-Mayadeen', 'BBC|British Broadcasting Corporation', 'CNN', 'Fox News', 'MSNBC', 'NBC|NBC News', 'CBS|CBS News',
  'ABC News', 'NPR', 'PBS', 'Sky News', 'ITV', 'Channel 4', 'Deutsche Welle|DW', 'France 24', 'RT|Russia Today', 'Sputnik',
  'CGTN', 'NHK', 'New York Times|NYT', 'Washington Post', 'Wall Street Journal|WSJ', 'Financial Times|FT', 'The Guardian',
  'The Times', 'Daily Telegraph|The Telegraph', 'The Economist', 'Politico', 'Axios', 'The Hill', 'USA Today',
  'Los Angeles Times|LA Times', 'Haaretz', 'Times of Israel', 'Jerusalem Post', 'Le Monde', 'Der Spiegel|Spiegel',
  'Frankfurter Allgemeine Zeitung|FAZ', 'El Pais|El País', 'Asharq Al-Awsat', 'Kurdistan 24', 'Rudaw', 'Shafaq News',
  'Dow Jones', 'Kommersant', 'Izvestia', 'Pravda', 'People\'s Daily', 'Global Times', 'South China Morning Post|SCMP',
];

/** Large companies that news mentions often. Names that are everyday words ("Apple") stay: capitals disambiguate. */
export const COMPANIES: readonly string[] = [
  'Apple', 'Microsoft', 'Alphabet', 'Google', 'Amazon', 'Meta|Meta Platforms', 'Facebook', 'Instagram', 'WhatsApp',
  'Twitter', 'Tesla', 'SpaceX', 'OpenAI', 'Nvidia', 'Intel', 'IBM', 'Oracle', 'Cisco', 'Qualcomm', 'AMD',
  'Samsung|Samsung Electronics', 'Sony', 'Toyota', 'Honda', 'Nissan', 'Hyundai', 'Volkswagen|VW', 'BMW', 'Daimler',
  'Mercedes-Benz', 'General Motors|GM', 'Ford Motor|Ford Motor Co', 'Stellantis', 'Renault', 'Fiat', 'Boeing', 'Airbus',
  'Lockheed Martin|Lockheed', 'Raytheon|RTX', 'Northrop Grumman', 'General Dynamics', 'BAE Systems', 'Exxon Mobil|ExxonMobil|Exxon',
  'Chevron', 'Shell|Royal Dutch Shell', 'BP|British Petroleum', 'TotalEnergies|Total', 'Saudi Aramco|Aramco', 'Gazprom',
  'Rosneft', 'Lukoil', 'JPMorgan Chase|JPMorgan|JP Morgan', 'Goldman Sachs', 'Morgan Stanley', 'Citigroup|Citi|Citibank',
  'Bank of America', 'Wells Fargo', 'HSBC', 'Barclays', 'Deutsche Bank', 'UBS', 'Credit Suisse', 'BNP Paribas', 'BlackRock',
  'Berkshire Hathaway', 'Walmart|Wal-Mart', 'Pfizer', 'Moderna', 'BioNTech', 'AstraZeneca', 'Johnson & Johnson', 'Merck',
  'Novartis', 'Roche', 'Huawei', 'ZTE', 'TikTok', 'ByteDance', 'Alibaba', 'Tencent', 'Baidu', 'Xiaomi', 'Netflix',
  'Walt Disney|Disney', 'Uber', 'Airbnb', 'Siemens', 'Nestle|Nestlé', 'Unilever', 'Coca-Cola', 'PepsiCo|Pepsi',
  'McDonald\'s', 'Starbucks', 'AT&T', 'Verizon', 'Vodafone', 'Visa', 'Mastercard', 'PayPal', 'TSMC|Taiwan Semiconductor Manufacturing',
  'Foxconn', 'Glencore', 'Rio Tinto', 'BHP', 'ArcelorMittal', 'Maersk', 'Nokia', 'Ericsson', 'Philips', 'Anthropic',
];
