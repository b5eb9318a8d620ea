/**
 * Nationalities, ethnic, religious and political groups (label NORP), as "Canonical|alias…". The
 * canonical name is the singular adjective ("Iranian" for "Iranians"); plurals ending in -s are
 * added by gazetteer.ts, so only irregular ones are listed here.
 */

/** Demonyms of countries and territories. */
export const NATIONALITIES: readonly string[] = [
  'Afghan|Afghani', 'Albanian', 'Algerian', 'American|Americans', 'Angolan', 'Argentine|Argentinian|Argentinean', 'Armenian',
  'Australian|Aussie', 'Austrian', 'Azerbaijani|Azeri', 'Bahamian', 'Bahraini', 'Bangladeshi', 'Belarusian|Belarussian|Byelorussian',
  'Belgian', 'Beninese', 'Bhutanese', 'Bolivian', 'Bosnian', 'Brazilian', 'British|Briton|Brit', 'Bruneian', 'Bulgarian',
  'Burkinabe', 'Burmese', 'Burundian', 'Cambodian', 'Cameroonian', 'Canadian', 'Chadian', 'Chilean', 'Chinese',
  'Colombian', 'Congolese', 'Costa Rican', 'Croatian|Croat', 'Cuban', 'Cypriot|Greek Cypriot|Turkish Cypriot', 'Czech',
  'Danish|Dane', 'Djiboutian', 'Dominican', 'Dutch|Dutchman|Dutchmen', 'Ecuadorian|Ecuadorean', 'Egyptian', 'Emirati',
  'English|Englishman|Englishmen', 'Eritrean', 'Estonian', 'Ethiopian', 'Fijian', 'Filipino|Philippine', 'Finnish|Finn',
  'French|Frenchman|Frenchmen|Frenchwoman', 'Gabonese', 'Gambian', 'Georgian', 'German', 'Ghanaian', 'Greek', 'Guatemalan',
  'Guinean', 'Guyanese', 'Haitian', 'Honduran', 'Hungarian', 'Icelandic|Icelander', 'Indian', 'Indonesian', 'Iranian',
  'Iraqi', 'Irish|Irishman|Irishmen', 'Israeli', 'Italian', 'Ivorian', 'Jamaican', 'Japanese', 'Jordanian', 'Kazakh|Kazakhstani',
  'Kenyan', 'Korean|South Korean|North Korean', 'Kosovar|Kosovan', 'Kuwaiti', 'Kyrgyz', 'Lao|Laotian', 'Latvian', 'Lebanese',
  'Liberian', 'Libyan', 'Lithuanian', 'Luxembourger', 'Macedonian', 'Malagasy', 'Malawian', 'Malaysian', 'Maldivian',
  'Malian', 'Maltese', 'Mauritanian', 'Mauritian', 'Mexican', 'Moldovan', 'Monegasque', 'Mongolian', 'Montenegrin',
  'Moroccan', 'Mozambican', 'Namibian', 'Nepali|Nepalese', 'New Zealander', 'Nicaraguan', 'Nigerien', 'Nigerian',
  'Norwegian', 'Omani', 'Pakistani', 'Palestinian', 'Panamanian', 'Paraguayan', 'Peruvian', 'Polish|Pole',
  'Portuguese', 'Puerto Rican', 'Qatari', 'Romanian', 'Russian', 'Rwandan', 'Salvadoran|Salvadorean', 'Samoan', 'Saudi|Saudi Arabian',
  'Scottish|Scot|Scots|Scotsman', 'Senegalese', 'Serbian|Serb', 'Sierra Leonean', 'Singaporean', 'Slovak|Slovakian',
  'Slovenian|Slovene', 'Somali', 'South African', 'South Sudanese', 'Spanish|Spaniard', 'Sri Lankan', 'Sudanese',
  'Surinamese', 'Swazi', 'Swedish|Swede', 'Swiss', 'Syrian', 'Taiwanese', 'Tajik', 'Tanzanian', 'Thai', 'Tibetan',
  'Togolese', 'Tongan', 'Trinidadian', 'Tunisian', 'Turkish|Turk', 'Turkmen', 'Ugandan', 'Ukrainian', 'Uruguayan',
  'Uzbek', 'Venezuelan', 'Vietnamese', 'Welsh|Welshman', 'Yemeni', 'Zambian', 'Zimbabwean', 'Soviet', 'Yugoslav',
  'European', 'African', 'Asian', 'Latin American', 'North American', 'South American', 'Middle Eastern', 'Arab|Arabian',
  'Scandinavian', 'Nordic', 'Baltic', 'Balkan', 'Caribbean', 'Gulf Arab', 'West Indian', 'Anglo',
];

/** Ethnic and religious groups. */
export const PEOPLES: readonly string[] = [
  'Kurdish|Kurd', 'Persian', 'Pashtun|Pashto|Pathan', 'Baloch|Baluch', 'Hazara', 'Tamil', 'Sinhalese', 'Punjabi', 'Sikh',
  'Hindu', 'Muslim|Moslem|Musulman', 'Islamic', 'Christian', 'Catholic|Roman Catholic', 'Protestant', 'Evangelical',
  'Orthodox', 'Coptic|Copt', 'Jewish|Jew', 'Buddhist', 'Sunni|Sunnite', 'Shia|Shiite|Shi\'ite|Shi\'a|Shiite Muslim',
  'Alawite', 'Druze', 'Yazidi|Yezidi', 'Assyrian', 'Chaldean', 'Maronite', 'Bedouin', 'Berber|Amazigh', 'Tuareg',
  'Uighur|Uyghur', 'Rohingya', 'Hutu', 'Tutsi', 'Zulu', 'Xhosa', 'Amhara', 'Oromo', 'Tigrayan', 
  'Bosniak', 'Chechen', 'Tatar', 'Cossack', 'Basque', 'Catalan', 'Flemish', 'Walloon', 'Gypsy', 'Hispanic',
  'Latino|Latina', 'Aboriginal|Aborigine', 'Maori', 'Inuit', 'Native American', 'Afrikaner', 'Anglican', 'Methodist',
  'Baptist', 'Mormon', 'Lutheran', 'Salafi|Salafist', 'Wahhabi', 'Sufi', 'Zoroastrian', 'Bahai|Baha\'i',
];

/** Political and ideological groups whose members are referred to as a group. */
export const POLITICAL_GROUPS: readonly string[] = [
  'Republican', 'Democrat|Democratic', 'Conservative|Tory|Tories', 'Liberal', 'Labourite', 'Socialist', 'Communist',
  'Marxist', 'Maoist', 'Leninist', 'Zionist', 'Islamist', 'Jihadist|Jihadi', 'Nazi|neo-Nazi', 'Fascist', 'Bolshevik',
  'Peronist', 'Gaullist', 'Sandinista', 'Chavista', 'Bolivarian', 'Kemalist', 'Ba\'athist|Baathist|Ba\'ath',
  'Khmer Rouge',
];
