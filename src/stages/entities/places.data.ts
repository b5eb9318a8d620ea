/**
 * Place names (label GPE). Each entry is "Canonical|alias|alias…": the first name is the canonical
 * one shared across articles, the rest are spellings that resolve to it. Matching ignores case except
 * for all-capital aliases ("US" never matches "us"); see gazetteer.ts.
 */

/** The 193 UN member states, observers and other widely reported territories. */
export const COUNTRIES: readonly string[] = [
  'Afghanistan', 'Albania', 'Algeria', 'Andorra', 'Angola', 'Antigua and Barbuda', 'Argentina', 'Armenia',
  'Australia', 'Austria', 'Azerbaijan', 'Bahamas|The Bahamas', 'Bahrain', 'Bangladesh', 'Barbados',
  'Belarus|Byelorussia', 'Belgium', 'Belize', 'Benin', 'Bhutan', 'Bolivia', 'Bosnia and Herzegovina|Bosnia|Bosnia-Herzegovina|Bosnia-Hercegovina|Bosnia and Hercegovina',
  'Botswana', 'Brazil', 'Brunei', 'Bulgaria', 'Burkina Faso', 'Burundi', 'Cabo Verde|Cape Verde',
  'Cambodia', 'Cameroon', 'Canada', 'Central African Republic|CAR', 'Chad', 'Chile', 'China|PRC|People\'s Republic of China|Mainland China',
  'Colombia', 'Comoros', 'Republic of the Congo|Congo-Brazzaville|Congo Republic', 'Democratic Republic of the Congo|DRC|DR Congo|Congo|Congo-Kinshasa|Zaire',
  'Costa Rica', 'Ivory Coast|Cote d\'Ivoire|Côte d\'Ivoire', 'Croatia', 'Cuba', 'Cyprus', 'Czech Republic|Czechia',
  'Denmark', 'Djibouti', 'Dominica', 'Dominican Republic', 'Ecuador', 'Egypt', 'El Salvador', 'Equatorial Guinea',
  'Eritrea', 'Estonia', 'Eswatini|Swaziland', 'Ethiopia', 'Fiji', 'Finland', 'France', 'Gabon', 'Gambia|The Gambia',
  'Georgia', 'Germany', 'Ghana', 'Greece', 'Grenada', 'Guatemala', 'Guinea', 'Guinea-Bissau', 'Guyana', 'Haiti',
  'Honduras', 'Hungary', 'Iceland', 'India', 'Indonesia', 'Iran|Islamic Republic of Iran|Persia', 'Iraq', 'Ireland|Irish Republic|Eire',
  'Israel', 'Italy', 'Jamaica', 'Japan', 'Jordan', 'Kazakhstan', 'Kenya', 'Kiribati', 'North Korea|DPRK|Democratic People\'s Republic of Korea',
  'South Korea|Republic of Korea|ROK|Korea', 'Kuwait', 'Kyrgyzstan|Kirghizia', 'Laos', 'Latvia', 'Lebanon', 'Lesotho', 'Liberia', 'Libya',
  'Liechtenstein', 'Lithuania', 'Luxembourg', 'Madagascar', 'Malawi', 'Malaysia', 'Maldives', 'Mali', 'Malta',
  'Marshall Islands', 'Mauritania', 'Mauritius', 'Mexico', 'Micronesia', 'Moldova|Moldavia', 'Monaco', 'Mongolia', 'Montenegro',
  'Morocco', 'Mozambique', 'Myanmar|Burma', 'Namibia', 'Nauru', 'Nepal', 'Netherlands|Holland|The Netherlands', 'New Zealand', 'Nicaragua',
  'Niger', 'Nigeria', 'North Macedonia|Macedonia', 'Norway', 'Oman', 'Pakistan', 'Palau', 'Panama', 'Papua New Guinea', 'Paraguay',
  'Peru', 'Philippines', 'Poland', 'Portugal', 'Qatar', 'Romania', 'Russia|Russian Federation', 'Rwanda', 'Saint Kitts and Nevis',
  'Saint Lucia', 'Saint Vincent and the Grenadines', 'Samoa', 'San Marino', 'Sao Tome and Principe', 'Saudi Arabia|KSA', 'Senegal',
  'Serbia', 'Seychelles', 'Sierra Leone', 'Singapore', 'Slovakia', 'Slovenia', 'Solomon Islands', 'Somalia', 'South Africa',
  'South Sudan', 'Spain', 'Sri Lanka', 'Sudan', 'Suriname|Surinam', 'Sweden', 'Switzerland', 'Syria', 'Tajikistan', 'Tanzania',
  'Thailand', 'Timor-Leste|East Timor', 'Togo', 'Tonga', 'Trinidad and Tobago', 'Tunisia', 'Turkey|Turkiye|Türkiye', 'Turkmenistan',
  'Tuvalu', 'Uganda', 'Ukraine', 'United Arab Emirates|UAE|U.A.E.|Emirates', 'United Kingdom|UK|U.K.|Britain|Great Britain',
  'United States|US|U.S.|USA|U.S.A.|America|United States of America', 'Uruguay', 'Uzbekistan', 'Vanuatu', 'Venezuela',
  'Vietnam|Viet Nam', 'Yemen', 'Zambia', 'Zimbabwe',
  // Observers, disputed and dependent territories that news reports as countries.
  'Palestine|State of Palestine|Palestinian Territories', 'Vatican|Vatican City|Holy See', 'Taiwan|Republic of China', 'Kosovo',
  'Western Sahara', 'Hong Kong', 'Macau|Macao', 'Greenland', 'Puerto Rico', 'Northern Cyprus', 'Somaliland',
  'England', 'Scotland', 'Wales', 'Northern Ireland', 'Soviet Union|USSR|U.S.S.R.', 'Yugoslavia', 'Czechoslovakia',
  'East Germany|GDR', 'West Germany',
];

/** US states (names and the AP-style abbreviations used in datelines) and Canadian provinces. */
export const STATES: readonly string[] = [
  'Alabama|Ala.', 'Alaska', 'Arizona|Ariz.', 'Arkansas|Ark.', 'California|Calif.', 'Colorado|Colo.', 'Connecticut|Conn.',
  'Delaware|Del.', 'Florida|Fla.', 'Hawaii', 'Idaho', 'Illinois|Ill.', 'Indiana', 'Iowa', 'Kansas|Kan.', 'Kentucky|Ky.',
  'Louisiana', 'Maine', 'Maryland|Md.', 'Massachusetts|Mass.', 'Michigan|Mich.', 'Minnesota|Minn.', 'Mississippi',
  'Missouri', 'Montana|Mont.', 'Nebraska|Neb.', 'Nevada|Nev.', 'New Hampshire|N.H.', 'New Jersey|N.J.', 'New Mexico|N.M.',
  'New York State', 'North Carolina|N.C.', 'North Dakota|N.D.', 'Ohio', 'Oklahoma|Okla.', 'Oregon', 'Pennsylvania|Pa.',
  'Rhode Island|R.I.', 'South Carolina|S.C.', 'South Dakota|S.D.', 'Tennessee|Tenn.', 'Texas|Tex.', 'Utah', 'Vermont|Vt.',
  'Virginia|Va.', 'Washington State', 'West Virginia|W.Va.|W. Va.', 'Wisconsin|Wis.', 'Wyoming|Wyo.',
  'Alberta', 'British Columbia', 'Manitoba', 'New Brunswick', 'Newfoundland', 'Nova Scotia', 'Ontario', 'Quebec',
  'Saskatchewan',
];

/** Capitals and major cities. Names that are also common words or people ("Nice", "Reading") are left out. */
export const CITIES: readonly string[] = [
  // Middle East and North Africa
  'Baghdad', 'Basra', 'Mosul', 'Erbil|Arbil', 'Kirkuk', 'Fallujah', 'Ramadi', 'Najaf', 'Karbala', 'Tikrit', 'Sulaimaniyah',
  'Tehran|Teheran', 'Isfahan', 'Mashhad', 'Tabriz', 'Qom', 'Damascus', 'Aleppo', 'Homs', 'Idlib', 'Raqqa', 'Deir ez-Zor',
  'Beirut', 'Tripoli', 'Benghazi', 'Jerusalem', 'Tel Aviv', 'Haifa', 'Ramallah', 'Gaza City', 'Rafah', 'Khan Younis',
  'Hebron', 'Nablus', 'Jenin', 'Amman', 'Riyadh', 'Jeddah', 'Mecca', 'Medina', 'Doha', 'Dubai', 'Abu Dhabi', 'Manama',
  'Muscat', 'Kuwait City', 'Sanaa', 'Aden', 'Hodeidah', 'Cairo', 'Alexandria', 'Tunis', 'Algiers', 'Rabat', 'Casablanca',
  'Khartoum', 'Ankara', 'Istanbul', 'Izmir', 'Nicosia',
  // Europe
  'London', 'Manchester', 'Birmingham', 'Liverpool', 'Leeds', 'Glasgow', 'Edinburgh', 'Cardiff', 'Belfast', 'Dublin',
  'Paris', 'Marseille|Marseilles', 'Lyon|Lyons', 'Strasbourg', 'Berlin', 'Munich', 'Hamburg', 'Frankfurt', 'Cologne',
  'Bonn', 'Stuttgart', 'Duesseldorf|Düsseldorf|Dusseldorf', 'Madrid', 'Barcelona', 'Seville', 'Valencia', 'Lisbon',
  'Porto', 'Rome', 'Milan', 'Naples', 'Turin', 'Florence', 'Venice', 'Amsterdam', 'Rotterdam', 'The Hague', 'Brussels',
  'Antwerp', 'Luxembourg City', 'Geneva', 'Zurich', 'Bern|Berne', 'Vienna', 'Prague', 'Warsaw', 'Krakow', 'Budapest',
  'Bratislava', 'Ljubljana', 'Zagreb', 'Belgrade', 'Sarajevo', 'Podgorica', 'Pristina', 'Skopje', 'Tirana', 'Athens',
  'Sofia', 'Bucharest', 'Chisinau', 'Kyiv|Kiev', 'Kharkiv|Kharkov', 'Odesa|Odessa', 'Lviv', 'Mariupol', 'Donetsk',
  'Luhansk|Lugansk', 'Minsk', 'Moscow', 'St Petersburg|St. Petersburg|Saint Petersburg', 'Vilnius', 'Riga', 'Tallinn',
  'Helsinki', 'Stockholm', 'Oslo', 'Copenhagen', 'Reykjavik', 'Tbilisi', 'Yerevan', 'Baku', 'Grozny', 'Sevastopol',
  // Asia and Oceania
  'Beijing|Peking', 'Shanghai', 'Guangzhou', 'Shenzhen', 'Wuhan', 'Chongqing', 'Tianjin', 'Hong Kong City', 'Taipei',
  'Tokyo', 'Osaka', 'Kyoto', 'Seoul', 'Pyongyang', 'Ulan Bator|Ulaanbaatar', 'New Delhi|Delhi', 'Mumbai|Bombay',
  'Kolkata|Calcutta', 'Chennai|Madras', 'Bangalore|Bengaluru', 'Hyderabad', 'Karachi', 'Lahore', 'Islamabad',
  'Peshawar', 'Quetta', 'Rawalpindi', 'Kabul', 'Kandahar', 'Herat', 'Dhaka', 'Kathmandu', 'Colombo', 'Bangkok',
  'Hanoi', 'Ho Chi Minh City|Saigon', 'Phnom Penh', 'Vientiane', 'Yangon|Rangoon', 'Naypyidaw', 'Kuala Lumpur',
  'Jakarta', 'Manila', 'Tashkent', 'Almaty', 'Astana', 'Bishkek', 'Dushanbe', 'Ashgabat', 'Sydney', 'Melbourne',
  'Canberra', 'Brisbane', 'Perth', 'Adelaide', 'Auckland', 'Wellington',
  // Africa
  'Nairobi', 'Mogadishu', 'Addis Ababa', 'Asmara', 'Kampala', 'Kigali', 'Dar es Salaam', 'Dodoma', 'Lagos', 'Abuja',
  'Accra', 'Dakar', 'Bamako', 'Niamey', 'Ouagadougou', 'Abidjan', 'Kinshasa', 'Brazzaville', 'Luanda', 'Harare',
  'Lusaka', 'Maputo', 'Johannesburg', 'Pretoria', 'Cape Town', 'Durban', 'Juba', 'Ndjamena|N\'Djamena', 'Bangui',
  'Goma', 'Monrovia', 'Freetown', 'Conakry',
  // Americas
  'Washington|Washington D.C.|Washington, D.C.|Washington DC', 'New York|New York City|NYC', 'Los Angeles', 'Chicago',
  'Houston', 'Philadelphia', 'Phoenix', 'San Antonio', 'San Diego', 'Dallas', 'San Francisco', 'Seattle', 'Boston',
  'Miami', 'Atlanta', 'Detroit', 'Denver', 'Las Vegas', 'New Orleans', 'Baltimore', 'Pittsburgh', 'Cleveland',
  'Minneapolis', 'St. Louis|St Louis|Saint Louis', 'Kansas City', 'Tampa', 'Orlando', 'Sacramento', 'Honolulu',
  'Anchorage', 'Toronto', 'Montreal', 'Vancouver', 'Ottawa', 'Calgary', 'Mexico City', 'Guadalajara', 'Monterrey',
  'Tijuana', 'Havana', 'Caracas', 'Bogota|Bogotá', 'Lima', 'Quito', 'Santiago', 'Buenos Aires', 'Montevideo',
  'Asuncion', 'La Paz', 'Brasilia', 'Rio de Janeiro', 'Sao Paulo|São Paulo', 'Managua', 'San Salvador',
  'Tegucigalpa', 'Guatemala City', 'Panama City', 'San Jose', 'Port-au-Prince', 'Santo Domingo', 'Kingston',
];

/** Regions, territories, continents, seas and other named areas news writes about. */
export const REGIONS: readonly string[] = [
  'Middle East|Mideast|Mid-East', 'Near East', 'Far East', 'Gulf|Persian Gulf|Arabian Gulf', 'Levant', 'Maghreb', 'Sahel',
  'Horn of Africa', 'Gaza|Gaza Strip', 'West Bank', 'East Jerusalem', 'Golan Heights|Golan', 'Sinai|Sinai Peninsula',
  'Kurdistan|Iraqi Kurdistan|Kurdistan Region', 'Anbar', 'Nineveh', 'Diyala', 'Crimea', 'Donbas|Donbass', 'Kherson',
  'Zaporizhzhia', 'Chechnya', 'Dagestan', 'Siberia', 'Caucasus|North Caucasus', 'Nagorno-Karabakh|Karabakh', 'Abkhazia',
  'South Ossetia', 'Transnistria', 'Balkans', 'Baltics', 'Scandinavia', 'Kashmir|Jammu and Kashmir', 'Punjab', 'Tibet',
  'Xinjiang', 'Darfur', 'Tigray', 'Donetsk Region', 'Catalonia', 'Basque Country', 'Bavaria', 'Corsica', 'Sicily',
  'Sardinia', 'Flanders', 'Wallonia', 'Ulster', 'Yorkshire', 'Patagonia', 'Mindanao', 'Aceh', 'Papua',
  'Bengal', 'Sindh', 'Balochistan|Baluchistan', 'Helmand', 'Waziristan', 'Idlib Province', 'Hama', 'Daraa', 'Kobani',
  'Afrin', 'Marib', 'Cyrenaica', 'Europe', 'Asia', 'Africa', 'North America', 'South America', 'Latin America',
  'Central America', 'Caribbean', 'Antarctica', 'Arctic', 'Oceania', 'Eurasia', 'Central Asia', 'South Asia',
  'Southeast Asia|South-East Asia', 'East Asia', 'Asia-Pacific|Asia Pacific', 'Indo-Pacific', 'Western Europe',
  'Eastern Europe', 'Central Europe', 'Northern Europe', 'Southern Europe', 'North Africa', 'West Africa', 'East Africa',
  'Southern Africa', 'Sub-Saharan Africa', 'Mediterranean', 'Red Sea', 'Black Sea', 'Caspian Sea|Caspian', 'Baltic Sea',
  'North Sea', 'South China Sea', 'East China Sea', 'Taiwan Strait', 'Strait of Hormuz|Hormuz', 'Bab el-Mandeb',
  'Suez Canal', 'Panama Canal', 'Gulf of Aden', 'Gulf of Mexico', 'Atlantic|Atlantic Ocean', 'Pacific|Pacific Ocean',
  'Indian Ocean', 'Arabian Sea', 'Aegean|Aegean Sea', 'Adriatic|Adriatic Sea', 'Euphrates', 'Tigris', 'Nile', 'Jordan River',
  'Danube', 'Rhine', 'Himalayas', 'Alps', 'Andes', 'Sahara', 'Silicon Valley', 'Wall Street', 'Capitol Hill',
  'Midwest', 'Northeast', 'New England'
];
