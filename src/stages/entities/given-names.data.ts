/**
 * Common given names from outside the English-speaking world, lower-case. compromise's lexicon
 * knows "John" and "Hillary" but not "Akram", "Moqtada" or "Volodymyr"; with this list such
 * names get the same "given name" feature and rule as English ones. Hand-written (no data source).
 */
export const GIVEN_NAMES: readonly string[] = [
  // Arabic
  'abdul', 'abdullah', 'abdallah', 'abdel', 'abdelaziz', 'abdulaziz', 'abdulrahman', 'abdel-fattah', 'abu', 'adel', 'adnan',
  'ahmad', 'ahmed', 'akram', 'ali', 'amer', 'amin', 'amir', 'ammar', 'anas', 'anwar', 'ashraf', 'ayman', 'aziz', 'bashar',
  'bassam', 'faisal', 'fadel', 'fahd', 'farouk', 'fawzi', 'fouad', 'ghassan', 'habib', 'hadi', 'haider', 'haidar', 'hamad',
  'hamid', 'hamza', 'hani', 'hassan', 'hasan', 'hatem', 'hazem', 'hisham', 'hussein', 'husam', 'ibrahim',
  'imad', 'issa', 'jamal', 'jamil', 'jassim', 'kamal', 'karim', 'khaled', 'khalid', 'khalil', 'mahdi', 'mahmoud',
  'majid', 'marwan', 'mazen', 'mohammad', 'mohammed', 'muhammad', 'mohamed', 'moqtada', 'muqtada', 'mustafa', 'mostafa',
  'nabil', 'nasser', 'nawaf', 'nizar', 'nouri', 'nuri', 'omar', 'osama', 'qais', 'qassem', 'qasim',
  'rami', 'riad', 'riyad', 'saad', 'saddam', 'saleh', 'salman', 'sami', 'samir', 'talal', 'tariq', 'tarek',
  'walid', 'waleed', 'yahya', 'yasser', 'yousef', 'youssef', 'yusuf', 'zaid', 'ziad', 'fatima', 'aisha', 'layla',
  'leila', 'mariam', 'maryam', 'nadia', 'noor', 'rania', 'salma', 'yasmin', 'zainab', 'hanan', 'huda', 'amal', 'suha',
  // Persian, Turkish, Kurdish, Pashto, Urdu
  'abbas', 'ebrahim', 'hossein', 'javad', 'mahmoud', 'masoud', 'massoud', 'mohsen', 'mojtaba', 'reza', 'hassan',
  'ruhollah', 'esmail', 'ismail', 'hamid', 'kazem', 'qasem', 'nasser', 'bahram', 'dariush', 'farhad', 'kaveh',
  'recep', 'tayyip', 'mevlut', 'ahmet', 'mehmet', 'mustafa', 'kemal', 'binali', 'hakan', 'ekrem', 'devlet', 'selahattin',
  'abdullah', 'nechirvan', 'masrour', 'barham', 'jalal', 'bafel', 'hamid', 'ashraf', 'gulbuddin', 'haibatullah',
  'zabihullah', 'sirajuddin', 'imran', 'nawaz', 'shehbaz', 'asif', 'bilawal', 'benazir', 'pervez', 'zulfikar', 'maryam',
  'mahmood', 'qamar', 'raheel', 'sharif',
  // South Asian
  'narendra', 'rahul', 'sonia', 'amit', 'arvind', 'manmohan', 'rajnath', 'nirmala', 'subrahmanyam', 'jaishankar',
  'yogi', 'mamata', 'sanjay', 'vijay', 'anil', 'sunil', 'rajesh', 'suresh', 'ramesh', 'priya', 'anjali', 'deepak',
  'hasina', 'khaleda', 'ranil', 'gotabaya', 'mahinda', 'pushpa', 'kamal',
  // East and South-East Asian
  'xi', 'jinping', 'li', 'qiang', 'wang', 'jintao', 'jiabao', 'zhou', 'deng', 'kim', 
  'yoon', 'suk-yeol', 'jae-in', 'shinzo', 'fumio', 'yoshihide', 'junichiro', 'tsai', 'ing-wen', 'ching-te',
  'hun', 'joko', 'prabowo', 'anwar', 'mahathir', 'rodrigo', 'ferdinand', 'bongbong', 'aung', 
  'thaksin', 'prayuth', 'srettha', 'paetongtarn', 'nguyen',
  // Russian, Ukrainian, Eastern European
  'vladimir', 'volodymyr', 'dmitry', 'dmitri', 'sergei', 'sergey', 'alexei', 'alexey', 'aleksandr', 'alexander', 'mikhail',
  'boris', 'yevgeny', 'yevgeny', 'igor', 'ivan', 'nikolai', 'oleg', 'pavel', 'yuri', 'yuriy', 'viktor', 'vitali',
  'vitaly', 'andriy', 'andrei', 'andrey', 'oleksandr', 'oleksiy', 'petro', 'dmytro', 'denys', 'valery', 'valeriy',
  'ramzan', 'maria', 'yulia', 'olena', 'svetlana', 'tatiana', 'natalia', 'irina', 'olga', 'anna', 'ekaterina',
  'alexander', 'viktor', 'aleksandar', 'slobodan', 'zoran', 'milorad', 'andrzej', 'donald', 'mateusz',
  'jaroslaw', 'lech', 'vaclav', 'petr', 'robert',
  // Western European and Latin American names compromise may not list
  'emmanuel', 'olaf', 'friedrich', 'annalena', 'wolfgang', 'gerhard', 'angela', 'helmut', 'giorgia', 'matteo', 'sergio',
  'mario', 'silvio', 'pedro', 'mariano', 'jose', 'josé', 'luis', 'luiz', 'inacio', 'inácio', 'jair', 'dilma', 'javier',
  'alberto', 'cristina', 'mauricio', 'gustavo', 'gabriel', 'nicolas', 'nicolás', 'hugo', 'evo', 'rafael', 
  'andres', 'andrés', 'manuel', 'claudia', 'felipe', 'enrique', 'joaquin', 'joaquín', 'fidel', 'raul', 'raúl',
  'miguel', 'daniel', 'nayib', 'xiomara', 'dina', 'gabriel', 'sebastian', 'sebastián', 'mette', 'jens',
  'ulf', 'magnus', 'sanna', 'jonas', 'geert', 'alexander', 'charles', 'keir', 'rishi',
  // African
  'abiy', 'cyril', 'jacob', 'thabo', 'nelson', 'julius', 'uhuru', 'william', 'raila', 'yoweri', 'paul', 'felix',
  'félix', 'emmerson', 'robert', 'muhammadu', 'bola', 'goodluck', 'olusegun', 'macky', 'bassirou', 'alassane', 'ibrahim',
  'assimi', 'mahamat', 'idriss', 'abdel', 'abdelmadjid', 'kais', 'moussa', 'mamadou', 'amadou', 'ousmane', 'abdoulaye',
  'kwame', 'nana', 'samia', 'hakainde', 'salva', 'riek', 'isaias', 'hassan', 'hamdan', 'mohamed',
  // Israeli
  'benjamin', 'yair', 'naftali', 'benny', 'isaac', 'itamar', 'bezalel', 'yoav', 'gadi', 'avigdor', 'yitzhak', 'ehud',
  'ariel', 'shimon', 'golda', 'herzi', 'tzipi', 'merav',
];
