// Name pools for the demo people, grouped by origin so that a first name and a surname fit
// together. The weights roughly follow a Swedish municipal workforce today: mostly Swedish names,
// Finnish, Norwegian and Danish neighbours, and the larger groups that have come since the 1990s.

/** Splits a whitespace-separated list; keeps long name lists compact and easy to edit. */
function words(list: string): readonly string[] {
  return list.split(/\s+/).filter((word) => word.length > 0);
}

export interface NamePool {
  origin: string;
  /** Share of the generated people, in per cent. */
  weight: number;
  female: readonly string[];
  male: readonly string[];
  surnames: readonly string[];
  /** The language such a person might prefer in the product; most keep the default. */
  locale?: 'nb' | 'da';
}

const swedish: NamePool = {
  origin: 'swedish',
  weight: 66,
  female: words(`
    Anna Eva Maria Karin Sara Kristina Lena Emma Kerstin Ingrid Marie Malin Jenny Hanna Linda
    Annika Susanne Elin Johanna Camilla Sofia Ida Helena Ulrika Maja Frida Therese Louise Åsa
    Cecilia Jessica Matilda Lisa Elisabeth Margareta Birgitta Ylva Agneta Petra Josefin
    Madeleine Linnéa Ebba Amanda Moa Tove Ellinor Sanna Gunilla Anneli Pernilla Veronica Carina
    Mikaela Klara Stina Ulla Inger Monica Lovisa Anna-Karin Eva-Lena
  `),
  male: words(`
    Erik Lars Karl Anders Johan Per Mikael Magnus Peter Jan Fredrik Daniel Mattias Henrik Jonas
    Andreas Niklas Stefan Oskar Gustav Viktor Martin Björn Simon Filip Emil Alexander Joakim
    Tobias Marcus Robin Sebastian Patrik Ulf Göran Håkan Mats Olof Axel Linus Hampus Rasmus
    Anton Jesper Kristoffer Pontus Thomas Christer Bengt Leif Per-Olof
  `),
  surnames: words(`
    Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson
    Pettersson Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Jakobsson Magnusson Olofsson
    Lindström Lindgren Axelsson Berg Bergström Lundberg Lind Lundgren Lundqvist Mattsson
    Berglund Fredriksson Henriksson Forsberg Sjöberg Wallin Engström Eklund Danielsson Lundin
    Håkansson Björk Bergman Gunnarsson Wikström Samuelsson Isaksson Fransson Bergqvist Holmberg
    Arvidsson Löfgren Söderberg Nyberg Blomqvist Claesson Nordström Mårtensson Lundström Ström
    Åberg Hedlund Sundberg Ekström Holmgren Sjögren Öberg Åkesson
  `),
};

const finnish: NamePool = {
  origin: 'finnish',
  weight: 7,
  female: words(`Aino Tuula Päivi Satu Riitta Marjatta Leena Sari Kaisa Minna Helmi Eeva`),
  male: words(`Jukka Matti Timo Kari Pekka Juha Antti Heikki Jari Ville Eero Tapio`),
  surnames: words(`
    Korhonen Nieminen Mäkinen Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen Salminen
    Mäkelä Kallio Rantanen Karjalainen Hakala Lindroos
  `),
};

const norwegian: NamePool = {
  origin: 'norwegian',
  weight: 3,
  locale: 'nb',
  female: words(`Solveig Marit Silje Hege Ragnhild Tone Sigrid Nora Ingeborg Kjersti`),
  male: words(`Ole Øyvind Knut Sindre Håvard Eirik Torbjørn Sverre Trond Geir`),
  surnames: words(`
    Johansen Olsen Larsen Andersen Nilsen Kristiansen Haugen Bakken Solberg Halvorsen Strand
    Moen Berntsen Lie
  `),
};

const danish: NamePool = {
  origin: 'danish',
  weight: 3,
  locale: 'da',
  female: words(`Mette Pernille Lone Trine Sanne Signe Rikke Birthe Dorthe Line`),
  male: words(`Søren Jens Mads Niels Kasper Morten Frederik Bo Claus Henning`),
  surnames: words(`
    Nielsen Jensen Pedersen Christensen Rasmussen Sørensen Jørgensen Madsen Kristensen Thomsen
    Poulsen Møller Mortensen Østergaard
  `),
};

const arabic: NamePool = {
  origin: 'arabic',
  weight: 7,
  female: words(`Fatima Amina Layla Noor Mariam Yasmin Rania Hiba Zainab Lina Aya Huda Rasha Dalia`),
  male: words(`Mohammed Ahmed Ali Omar Hassan Youssef Khalid Karim Samir Tariq Rami Bilal Ibrahim Nabil`),
  surnames: words(`
    Hassan Ali Ahmed Al-Khatib Khalil Mansour Saleh Nasser Yousef Aziz Haider Jaber Abbas
    Al-Sayed Hamdan Darwish
  `),
};

const somali: NamePool = {
  origin: 'somali',
  weight: 3,
  female: words(`Fadumo Sahra Ifrah Hawa Ayan Nasra Khadra Asli Ubah Sagal`),
  male: words(`Abdi Abdirahman Mahad Liban Said Abdullahi Mustafe Hamza Guled Bashir`),
  surnames: words(`Mohamud Farah Hussein Osman Aden Jama Yusuf Ismail Dahir Elmi Nur Hersi`),
};

const persian: NamePool = {
  origin: 'persian',
  weight: 3,
  female: words(`Shirin Nasrin Mahsa Leila Roya Azadeh Sanaz Maryam Golnaz Neda Samira`),
  male: words(`Reza Dariush Kian Arash Babak Amir Farhad Hamid Omid Mehdi Kaveh`),
  surnames: words(`
    Ahmadi Hosseini Rahimi Mohammadi Rezaei Jafari Moradi Sadeghi Tehrani Bahrami Farahani
    Nazari
  `),
};

const bosnian: NamePool = {
  origin: 'bosnian',
  weight: 3,
  female: words(`Amra Selma Emina Alma Jasmina Azra Merima Sabina Dženana Ajla`),
  male: words(`Emir Adnan Haris Mirza Amel Edin Nermin Senad Kemal Tarik`),
  surnames: words(`
    Hadžić Begić Delić Kovačević Mehmedović Hasanović Suljić Ibrahimović Halilović Husić Mujić
    Alić Omerović Đukić
  `),
};

const turkish: NamePool = {
  origin: 'turkish',
  weight: 2,
  female: words(`Ayşe Elif Zeynep Emine Derya Melek`),
  male: words(`Mehmet Mustafa Emre Murat Serkan Hakan`),
  surnames: words(`Yılmaz Demir Kaya Şahin Çelik Aydın Öztürk Arslan`),
};

const chilean: NamePool = {
  origin: 'chilean',
  weight: 2,
  female: words(`Carolina Paula Daniela Verónica Ximena Claudia`),
  male: words(`Carlos Jorge Diego Pablo Rodrigo Andrés`),
  surnames: words(`González Muñoz Rojas Díaz Soto Contreras Fuentes Vergara`),
};

const eritrean: NamePool = {
  origin: 'eritrean',
  weight: 1,
  female: words(`Senait Mehret Saba Helen Rahwa Selam`),
  male: words(`Yonas Dawit Tesfay Samuel Filmon Robel`),
  surnames: words(`Tesfaye Haile Gebremariam Tekle Berhane Kidane`),
};

export const namePools: readonly NamePool[] = [
  swedish,
  finnish,
  norwegian,
  danish,
  arabic,
  somali,
  persian,
  bosnian,
  turkish,
  chilean,
  eritrean,
];
