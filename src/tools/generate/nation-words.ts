/** The generated nation's names and words (regions, municipalities per region, months, areas, positions' wordings, people's names) and the shape of a region. */
export const REGIONS = [
  "Stockholm", "Uppsala", "Södermanland", "Östergötland", "Jönköpings län", "Kronoberg", "Kalmar län",
  "Gotland", "Blekinge", "Skåne", "Halland", "Västra Götaland", "Värmland", "Örebro län",
  "Västmanland", "Dalarna", "Gävleborg", "Västernorrland", "Jämtland Härjedalen", "Västerbotten", "Norrbotten",
];
/** 290 municipalities over 21 regions. */
export const MUNICIPALITIES_PER_REGION = [26, 8, 9, 13, 13, 8, 12, 1, 5, 33, 6, 49, 16, 12, 10, 15, 10, 7, 8, 15, 14];
export const MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"];
export const FIRST_YEAR = 2011;
export const YEARS = 15;
export const AREAS = ["psykisk hälsa", "barn och unga", "läkemedel", "hemsjukvård", "utskrivning från sluten vård", "hjälpmedel", "missbruk och beroende", "äldres hälsa", "rehabilitering", "palliativ vård"];
export const POSITION_WORDING: Record<string, string> = {
  NOTED_INFORMATION: "noterar informationen",
  ENDORSED: "ställer sig bakom förslaget",
  RECOMMENDED_HUVUDMAN_DECISION: "ställer sig bakom förslaget och rekommenderar huvudmännen att besluta",
  SENT_ON_REFERRAL: "ställer sig bakom att förslaget sänds på remiss",
  EXTENDED: "ställer sig bakom förlängningen",
};
export const POSITION_TYPES = Object.keys(POSITION_WORDING);
export const FIRST_NAMES = ["Anna", "Erik", "Maria", "Lars", "Karin", "Anders", "Eva", "Johan", "Lena", "Per", "Sara", "Mikael", "Ingrid", "Jonas", "Helena", "Nils", "Malin", "Olof", "Sofia", "Gustav"];
export const LAST_NAMES = ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Lindberg", "Lindqvist", "Berg", "Holm"];

export const pad = (n: number, width = 2) => String(n).padStart(width, "0");

export interface Forum {
  id: string;
  short: string;
  name: string;
  members: string[]; // person ids
  advises: string[]; // organisation ids the positions recommend
}

/** One region's lasting structure, built before its meetings. */
export interface Region {
  code: string;
  name: string;
  regionOrg: string;
  municipalities: string[];
  forums: Forum[];
  persons: string[];
  documents: string[]; // governing documents meetings can concern
  latestAgreement: string;
}
