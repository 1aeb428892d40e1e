import type { DirectoryGroup } from '../store/principals';
// The tenant's people for the local emulator and the preview: fictitious employees of
// gemeente Maastricht. E-mail addresses use the reserved .example top-level domain
// (RFC 2606), so nothing here can ever reach a real mailbox.

export interface SeedPerson {
  email: string;
  displayName: string;
  department: string;
  office: string;
  jobTitle: string;
}

export const TENANT_DOMAIN = 'maastricht.example';

export const OFFICES = {
  stadhuis: 'Stadhuis Markt',
  mosaeForum: 'Mosae Forum',
  werfNoord: 'Stadsbeheer werf Noord',
  werfZuid: 'Stadsbeheer werf Zuid',
  hybride: 'Thuiswerk/hybride'
} as const;

const O = OFFICES;

function person(local: string, displayName: string, department: string, office: string, jobTitle: string): SeedPerson {
  return { email: local + '@' + TENANT_DOMAIN, displayName, department, office, jobTitle };
}

// Roles first, then the employees who have no special role.
const ADMIN: SeedPerson = person('bas.pluijmen', 'Bas Pluijmen', 'ICT', O.mosaeForum, 'Functioneel beheerder Stella (IT beheer)');
const COACH: SeedPerson = person('lotte.vroemen', 'Lotte Vroemen', 'P&O', O.mosaeForum, 'Vitaliteitscoach');

const AMBASSADORS: SeedPerson[] = [
  person('maud.schreurs', 'Maud Schreurs', 'Publiekszaken', O.stadhuis, 'Medewerker Burgerzaken'),
  person('jerome.ubachs', 'Jérôme Ubachs', 'Stadsbeheer', O.werfNoord, 'Voorman groenonderhoud'),
  person('yasmina.elidrissi', 'Yasmina El Idrissi', 'Sociaal Domein', O.hybride, 'Consulent Werk en Inkomen')
];

const COMMUNICATIONS: SeedPerson[] = [
  person('fenna.lemmens', 'Fenna Lemmens', 'Communicatie', O.stadhuis, 'Communicatieadviseur interne communicatie'),
  person('thijs.kurvers', 'Thijs Kurvers', 'Communicatie', O.hybride, 'Online redacteur Stella')
];

const EMPLOYEES: SeedPerson[] = [
  person('anouk.janssen', 'Anouk Janssen', 'Financiën', O.mosaeForum, 'Beleidsmedewerker Financiën'),
  person('ruud.vanthof', "Ruud van 't Hof", 'Stadsbeheer', O.werfZuid, 'Medewerker wegbeheer'),
  person('noel.vliegen', 'Noël Vliegen', 'Stadsbeheer', O.werfNoord, 'Chauffeur veegwagen'),
  person('chloe.debets', 'Chloë Debets', 'Ruimte', O.mosaeForum, 'Stedenbouwkundige'),
  person('mehmet.yilmaz', 'Mehmet Yılmaz', 'Stadsbeheer', O.werfZuid, 'Medewerker afvalinzameling'),
  person('priya.ramdin', 'Priya Ramdin', 'ICT', O.hybride, 'Informatieanalist'),
  person('kofi.mensah', 'Kofi Mensah', 'Sociaal Domein', O.mosaeForum, 'Klantmanager Participatie'),
  person('agnieszka.nowak', 'Agnieszka Nowak', 'Financiën', O.hybride, 'Medewerker Crediteurenadministratie'),
  person('sanne.degroot', 'Sanne de Groot', 'P&O', O.mosaeForum, 'P&O-adviseur'),
  person('jeroen.smeets', 'Jeroen Smeets', 'Veiligheid', O.stadhuis, 'Adviseur Openbare Orde en Veiligheid'),
  person('ilse.habets', 'Ilse Habets', 'Publiekszaken', O.stadhuis, 'Baliemedewerker Burgerzaken'),
  person('marco.coenen', 'Marco Coenen', 'Stadsbeheer', O.werfNoord, 'Teamleider Groen'),
  person('esther.hermans', 'Esther Hermans', 'Sociaal Domein', O.hybride, 'Beleidsadviseur Wmo'),
  person('luc.brouwers', 'Luc Brouwers', 'ICT', O.mosaeForum, 'Netwerkbeheerder'),
  person('femke.claessens', 'Femke Claessens', 'Ruimte', O.hybride, 'Vergunningverlener'),
  person('stijn.houben', 'Stijn Houben', 'Stadsbeheer', O.werfZuid, 'Monteur openbare verlichting'),
  person('daan.bemelmans', 'Daan Bemelmans', 'Veiligheid', O.stadhuis, 'Boa Handhaving'),
  person('ingrid.notermans', 'Ingrid Notermans', 'Publiekszaken', O.stadhuis, 'Teamleider Publiekszaken'),
  person('tim.ramakers', 'Tim Ramakers', 'Financiën', O.mosaeForum, 'Controller'),
  person('eline.dassen', 'Eline Dassen', 'Communicatie', O.stadhuis, 'Woordvoerder'),
  person('hans.frijns', 'Hans Frijns', 'Stadsbeheer', O.werfNoord, 'Medewerker gladheidsbestrijding'),
  person('nadia.bouzid', 'Nadia Bouzid', 'Sociaal Domein', O.mosaeForum, 'Jeugdconsulent'),
  person('wim.meijers', 'Wim Meijers', 'Ruimte', O.mosaeForum, 'Projectleider Mobiliteit'),
  person('rianne.willems', 'Rianne Willems', 'P&O', O.hybride, 'Specialist Verzuim'),
  person('gijs.lardinois', 'Gijs Lardinois', 'ICT', O.hybride, 'Applicatiebeheerder'),
  person('zoe.vandijk', 'Zoë van Dijk', 'Publiekszaken', O.stadhuis, 'Medewerker Klantcontactcentrum'),
  person('hanneke.douven', 'Hanneke Douven', 'Financiën', O.hybride, 'Medewerker Belastingen'),
  person('dragan.petrovic', 'Dragan Petrović', 'Stadsbeheer', O.werfZuid, 'Medewerker rioolbeheer'),
  person('loes.geurts', 'Loes Geurts', 'Veiligheid', O.hybride, 'Adviseur Crisisbeheersing'),
  person('bram.dortants', 'Bram Dortants', 'Ruimte', O.mosaeForum, 'Beleidsmedewerker Wonen')
];

export const PEOPLE: SeedPerson[] = [ADMIN, COACH].concat(AMBASSADORS, COMMUNICATIONS, EMPLOYEES);

/** The site collection administrator (IT beheer Stella). */
export const ADMIN_EMAIL: string = ADMIN.email;
/** The vitality coach (P&O); owner of the site and of the programme. */
export const COACH_EMAIL: string = COACH.email;
/** Members of 'SamenBeter Ambassadeurs'. */
export const AMBASSADOR_EMAILS: string[] = AMBASSADORS.map((p) => p.email);
/** Members of 'SamenBeter Communicatie'. */
export const COMMUNICATIONS_EMAILS: string[] = COMMUNICATIONS.map((p) => p.email);

/**
 * The Entra ID security group the municipality's IT keeps the ambassadors in. The product's
 * SharePoint group "SamenBeter Ambassadeurs" holds this group, not the people (admin guide).
 */
export const AMBASSADORS_ENTRA_GROUP: DirectoryGroup = {
  login: 'c:0t.c|tenant|3f6b2c1e-8d4a-4f0e-9b1c-2a7d5e9f4c10',
  displayName: 'SG-SamenBeter-Ambassadeurs',
  members: AMBASSADOR_EMAILS
};
/** A plain employee without any role: the preview's default persona. */
export const EMPLOYEE_PERSONA_EMAIL: string = EMPLOYEES[0].email;

export interface Persona {
  key: 'employee' | 'employee2' | 'ambassador' | 'communications' | 'hr' | 'admin';
  email: string;
  labelNl: string;
  labelEn: string;
}

/** The person with this e-mail (case-insensitive), or undefined. */
export function findPerson(email: string): SeedPerson | undefined {
  const wanted = email.toLowerCase();
  return PEOPLE.find((p) => p.email.toLowerCase() === wanted);
}

function persona(key: Persona['key'], email: string, roleNl: string, roleEn: string): Persona {
  const found = findPerson(email);
  const name = found ? found.displayName : email;
  return { key, email, labelNl: roleNl + ' (' + name + ')', labelEn: roleEn + ' (' + name + ')' };
}

export const PERSONAS: Persona[] = [
  persona('employee', EMPLOYEE_PERSONA_EMAIL, 'Medewerker', 'Employee'),
  persona('employee2', EMPLOYEES[1].email, 'Medewerker op de werf', 'Employee at the depot'),
  persona('ambassador', AMBASSADOR_EMAILS[0], 'Ambassadeur', 'Ambassador'),
  persona('communications', COMMUNICATIONS_EMAILS[0], 'Communicatie', 'Communications'),
  persona('hr', COACH_EMAIL, 'Vitaliteitscoach P&O', 'Vitality coach (HR)'),
  persona('admin', ADMIN_EMAIL, 'Beheerder Stella', 'Stella administrator')
];
