import type { SimilarityInput } from './similarity';

export type FieldOfAction =
  | 'Sprache und Bildung'
  | 'Arbeit und Ausbildung'
  | 'Wohnen'
  | 'Gesundheit'
  | 'Gesellschaftliche Teilhabe / Ehrenamt'
  | 'Interkulturelle Öffnung der Verwaltung';

export interface LabelledPair {
  field: FieldOfAction;
  a: SimilarityInput;
  b: SimilarityInput;
  /** True when both describe the same measure, however differently worded. */
  duplicate: boolean;
}

const SB: FieldOfAction = 'Sprache und Bildung';
const AA: FieldOfAction = 'Arbeit und Ausbildung';
const WO: FieldOfAction = 'Wohnen';
const GE: FieldOfAction = 'Gesundheit';
const TE: FieldOfAction = 'Gesellschaftliche Teilhabe / Ehrenamt';
const VW: FieldOfAction = 'Interkulturelle Öffnung der Verwaltung';

const r = (title: string, body: string): SimilarityInput => ({ title, body });

/**
 * Pairs of recommendations as participants write them, labelled by hand whether they describe the same measure.
 * Negatives are mostly hard ones: same field, overlapping vocabulary, but a different measure.
 */
export const LABELLED_PAIRS: readonly LabelledPair[] = [
  // --- Sprache und Bildung ---
  {
    field: SB,
    duplicate: true,
    a: r(
      'Sprachkurse mit Kinderbetreuung',
      '<p>Für Eltern, insbesondere Mütter mit kleinen Kindern, sollen Deutschkurse angeboten werden, während derer die Kinder betreut werden. So können auch Eltern ohne Kitaplatz teilnehmen.</p>',
    ),
    b: r(
      'Kinderbetreuung während der Deutschkurse für Eltern',
      '<p>Integrations- und Sprachkurse sollen parallel eine Betreuung für Kleinkinder anbieten, damit Mütter und Väter ohne Betreuungsplatz regelmäßig am Kurs teilnehmen können.</p>',
    ),
  },
  {
    field: SB,
    duplicate: true,
    a: r(
      'Mehr Plätze in Integrationskursen',
      'Die Wartezeiten auf einen Platz im Integrationskurs sind zu lang. Der Kreis soll mit den Kursträgern zusätzliche Kurse einrichten.',
    ),
    b: r(
      'Wartezeiten für Integrationskurse verkürzen',
      'Neu Zugewanderte warten oft monatelang auf einen Kursplatz. Zusätzliche Integrationskurse bei den Trägern schaffen.',
    ),
  },
  {
    field: SB,
    duplicate: true,
    a: r(
      'Sprachförderung in Kitas ausbauen',
      'Alltagsintegrierte Sprachbildung in allen Kindertageseinrichtungen stärken; Fachkräfte werden dafür fortgebildet.',
    ),
    b: r(
      'Alltagsintegrierte Sprachbildung in Kindertagesstätten',
      '<p>Kita-Fachkräfte sollen zur sprachlichen Förderung im Kita-Alltag qualifiziert werden, damit Kinder mit anderer Familiensprache früh Deutsch lernen.</p>',
    ),
  },
  {
    field: SB,
    duplicate: true,
    a: r(
      'Herkunftssprachlichen Unterricht an Schulen erhalten',
      'Der Unterricht in den Herkunftssprachen (z. B. Arabisch, Türkisch, Ukrainisch) soll an Grund- und weiterführenden Schulen angeboten werden.',
    ),
    b: r(
      'Muttersprachlicher Unterricht',
      'Schülerinnen und Schüler sollen in ihrer Herkunftssprache unterrichtet werden können; die Schulen stellen dafür Räume und Stunden bereit.',
    ),
  },
  {
    field: SB,
    duplicate: true,
    a: r(
      'Seiteneinsteiger in Schulen besser begleiten',
      'Neu zugewanderte Kinder und Jugendliche, die während des Schuljahres einsteigen, brauchen Sprachförderklassen und eine feste Ansprechperson.',
    ),
    b: r(
      'Begleitung neu zugewanderter Schülerinnen und Schüler',
      'Für Seiteneinsteigerinnen und Seiteneinsteiger an Schulen soll es Deutschförderklassen und Lotsen geben, die den Übergang in die Regelklasse begleiten.',
    ),
  },
  {
    field: SB,
    duplicate: true,
    a: r(
      'Elterncafés an Grundschulen',
      'Regelmäßige Elterncafés an Grundschulen sollen zugewanderten Eltern den Kontakt zu Lehrkräften und das Verständnis des Schulsystems erleichtern.',
    ),
    b: r(
      'Treffpunkte für Eltern in der Grundschule',
      'Ein offenes Café für Eltern in der Schule, in dem Eltern mit Migrationsgeschichte Lehrerinnen und Lehrer kennenlernen und Fragen zum Schulsystem stellen können.',
    ),
  },
  {
    field: SB,
    duplicate: true,
    a: r(
      'Deutschkurse für Eltern in der Kita',
      'Eltern lernen Deutsch, während ihre Kinder in der Kita sind; der Kurs findet direkt in der Einrichtung statt.',
    ),
    b: r(
      'Elternsprachkurse in Kindertageseinrichtungen',
      'In Kitas sollen vormittags Sprachkurse für Mütter und Väter stattfinden, damit sie keine weiten Wege haben und Kontakt zur Kita entsteht.',
    ),
  },
  {
    field: SB,
    duplicate: false,
    a: r(
      'Sprachkurse für Eltern',
      'Eltern von Kita-Kindern sollen Deutschkurse in der Kita besuchen können, damit sie sich mit den Erzieherinnen verständigen.',
    ),
    b: r(
      'Sprachförderung für Kinder in der Kita',
      'Kinder mit geringen Deutschkenntnissen werden in der Kita gezielt sprachlich gefördert, z. B. durch Sprachspiele in Kleingruppen.',
    ),
  },
  {
    field: SB,
    duplicate: false,
    a: r(
      'Mehr Plätze in Integrationskursen',
      'Es gibt zu wenige Integrationskurse im Kreis; die Kursträger sollen zusätzliche Kurse anbieten können.',
    ),
    b: r(
      'Alphabetisierungskurse für Erwachsene',
      'Für Zugewanderte, die nicht lesen und schreiben können, sollen eigene Alphabetisierungskurse eingerichtet werden.',
    ),
  },
  {
    field: SB,
    duplicate: false,
    a: r(
      'Berufsbezogene Deutschkurse',
      'Deutschkurse mit Fachsprache für Pflege, Handwerk und Gastronomie sollen für Beschäftigte berufsbegleitend angeboten werden.',
    ),
    b: r(
      'Deutschkurse am Abend und am Wochenende',
      'Für Berufstätige sollen Deutschkurse auch abends und samstags stattfinden, damit sie neben der Arbeit Deutsch lernen können.',
    ),
  },
  {
    field: SB,
    duplicate: false,
    a: r(
      'Schulsozialarbeit ausbauen',
      'An allen Schulen mit hohem Anteil zugewanderter Kinder soll Schulsozialarbeit mit mindestens einer vollen Stelle vorhanden sein.',
    ),
    b: r(
      'Hausaufgabenhilfe für Schülerinnen und Schüler',
      'Ehrenamtliche und Studierende bieten nachmittags Hausaufgabenhilfe für Kinder an, deren Eltern beim Lernen nicht helfen können.',
    ),
  },
  {
    field: SB,
    duplicate: false,
    a: r(
      'Bildungsberatung für Erwachsene',
      'Eine Anlaufstelle berät zugewanderte Erwachsene zu Schulabschlüssen, Anerkennung und Weiterbildung.',
    ),
    b: r(
      'Schulabschlüsse nachholen',
      'Junge Erwachsene ohne Schulabschluss sollen in Abendkursen den Hauptschulabschluss nachholen können.',
    ),
  },

  // --- Arbeit und Ausbildung ---
  {
    field: AA,
    duplicate: true,
    a: r(
      'Anerkennung ausländischer Berufsabschlüsse beschleunigen',
      'Verfahren zur Anerkennung von im Ausland erworbenen Abschlüssen dauern zu lange. Eine Beratungsstelle soll Antragstellende begleiten.',
    ),
    b: r(
      'Beratung zur Berufsanerkennung',
      'Menschen mit ausländischem Berufsabschluss sollen bei der Anerkennung beraten und durch das Verfahren begleitet werden, damit es schneller geht.',
    ),
  },
  {
    field: AA,
    duplicate: true,
    a: r(
      'Ausbildungspaten für junge Geflüchtete',
      'Ehrenamtliche Patinnen und Paten begleiten junge Geflüchtete durch die Ausbildung und helfen bei Berufsschule und Prüfungen.',
    ),
    b: r(
      'Patenschaften in der Ausbildung',
      'Geflüchtete Auszubildende erhalten eine Patin oder einen Paten, der sie bis zur Abschlussprüfung unterstützt und Ausbildungsabbrüche verhindert.',
    ),
  },
  {
    field: AA,
    duplicate: true,
    a: r(
      'Praktika in Betrieben vermitteln',
      'Zugewanderte sollen über Praktika in örtlichen Unternehmen Einblick in Berufe bekommen; die Wirtschaftsförderung gewinnt Betriebe dafür.',
    ),
    b: r(
      'Betriebspraktika für Zugewanderte',
      'Mit Unternehmen aus dem Kreis Praktikumsplätze für Migrantinnen und Migranten schaffen, um den Einstieg in Arbeit zu erleichtern.',
    ),
  },
  {
    field: AA,
    duplicate: true,
    a: r(
      'Jobmesse für Migrantinnen und Migranten',
      'Einmal im Jahr eine Jobmesse veranstalten, auf der sich Arbeitgeber aus der Region und Arbeitsuchende mit Migrationsgeschichte treffen.',
    ),
    b: r(
      'Jährliche Arbeitgebermesse für Zugewanderte',
      'Eine Messe, bei der regionale Unternehmen Stellen und Ausbildungsplätze direkt zugewanderten Bewerberinnen und Bewerbern vorstellen.',
    ),
  },
  {
    field: AA,
    duplicate: true,
    a: r(
      'Frauen mit Migrationsgeschichte in Arbeit bringen',
      '<p>Spezielle Beratung und Qualifizierung für zugewanderte Frauen, die erstmals eine Erwerbstätigkeit aufnehmen wollen, <strong>mit Kinderbetreuung</strong>.</p>',
    ),
    b: r(
      'Berufseinstieg für zugewanderte Frauen',
      'Migrantinnen werden beim Einstieg in den Arbeitsmarkt mit Beratung, Qualifizierungskursen und Betreuung der Kinder unterstützt.',
    ),
  },
  {
    field: AA,
    duplicate: true,
    a: r(
      'Einstiegsqualifizierung mit Deutschunterricht',
      'Junge Geflüchtete absolvieren eine Einstiegsqualifizierung im Betrieb und erhalten zusätzlich Deutschunterricht an der Berufsschule.',
    ),
    b: r(
      'Betriebliche Einstiegsqualifizierung und Sprachkurs kombinieren',
      'Ein Langzeitpraktikum im Betrieb (EQ) wird mit einem berufsbezogenen Sprachkurs verbunden, um den Übergang in eine Ausbildung zu schaffen.',
    ),
  },
  {
    field: AA,
    duplicate: false,
    a: r(
      'Anerkennungsverfahren beschleunigen',
      'Die Anerkennung ausländischer Berufsabschlüsse dauert zu lange; die zuständigen Stellen sollen Anträge schneller bearbeiten.',
    ),
    b: r(
      'Anpassungsqualifizierung für Pflegekräfte',
      'Pflegekräfte mit ausländischem Abschluss, deren Anerkennung nur teilweise erfolgt ist, sollen Anpassungslehrgänge in Kliniken absolvieren können.',
    ),
  },
  {
    field: AA,
    duplicate: false,
    a: r(
      'Ausbildungspaten für junge Geflüchtete',
      'Ehrenamtliche begleiten junge Geflüchtete während der Ausbildung und helfen bei Problemen im Betrieb.',
    ),
    b: r(
      'Ausbildungsplätze für Geflüchtete in der Verwaltung',
      'Die Kreisverwaltung stellt jedes Jahr Ausbildungsplätze gezielt für junge Geflüchtete bereit.',
    ),
  },
  {
    field: AA,
    duplicate: false,
    a: r(
      'Berufsorientierung an Schulen',
      'Schülerinnen und Schüler mit Migrationsgeschichte sollen früh Berufe kennenlernen, etwa durch Betriebsbesuche ab Klasse 8.',
    ),
    b: r(
      'Berufssprachkurse für Auszubildende',
      'Auszubildende mit geringen Deutschkenntnissen erhalten begleitend zur Berufsschule Sprachunterricht.',
    ),
  },
  {
    field: AA,
    duplicate: false,
    a: r(
      'Arbeitsmarktzugang für Geduldete',
      'Die Ausländerbehörde soll Beschäftigungserlaubnisse für Geduldete zügig erteilen, wenn ein Arbeitgeber eine Stelle anbietet.',
    ),
    b: r('Jobmesse für Geflüchtete', 'Eine Messe, auf der Geflüchtete Arbeitgeber aus der Region kennenlernen.'),
  },
  {
    field: AA,
    duplicate: false,
    a: r(
      'Selbstständigkeit von Migrantinnen und Migranten fördern',
      'Gründungsberatung in mehreren Sprachen für Zugewanderte, die ein eigenes Unternehmen gründen wollen.',
    ),
    b: r(
      'Migrantische Unternehmen als Ausbildungsbetriebe gewinnen',
      'Unternehmerinnen und Unternehmer mit Migrationsgeschichte sollen beraten werden, wie sie selbst ausbilden können.',
    ),
  },
  {
    field: AA,
    duplicate: false,
    a: r(
      'Mentoring für zugewanderte Akademikerinnen und Akademiker',
      'Berufserfahrene aus Unternehmen begleiten Zugewanderte mit Hochschulabschluss bei der Stellensuche in ihrem Fachgebiet.',
    ),
    b: r(
      'Beratung zur Anerkennung von Hochschulabschlüssen',
      'Zugewanderte mit ausländischem Studienabschluss werden zur Zeugnisbewertung und Anerkennung beraten.',
    ),
  },

  // --- Wohnen ---
  {
    field: WO,
    duplicate: true,
    a: r(
      'Wohnraum für Geflüchtete in Privatwohnungen vermitteln',
      'Eine Wohnraumvermittlung soll Vermieterinnen und Vermieter gewinnen, die an Geflüchtete vermieten, und bei Fragen als Ansprechpartner dienen.',
    ),
    b: r(
      'Vermittlung von Mietwohnungen an Geflüchtete',
      'Private Vermieter werden angesprochen und bei der Vermietung an geflüchtete Menschen durch eine zentrale Stelle unterstützt.',
    ),
  },
  {
    field: WO,
    duplicate: true,
    a: r(
      'Auszug aus Gemeinschaftsunterkünften erleichtern',
      'Geflüchtete sollen schneller aus Sammelunterkünften in eigene Wohnungen ziehen können; dafür werden Wohnungssuchende beraten.',
    ),
    b: r(
      'Unterstützung beim Umzug aus der Gemeinschaftsunterkunft in eine Wohnung',
      'Beratung und Begleitung bei der Wohnungssuche für Bewohnerinnen und Bewohner von Gemeinschaftsunterkünften.',
    ),
  },
  {
    field: WO,
    duplicate: true,
    a: r(
      'Mehr sozialer Wohnungsbau',
      'Der Kreis und die Kommunen sollen mehr geförderte Wohnungen bauen, weil zugewanderte Familien kaum bezahlbaren Wohnraum finden.',
    ),
    b: r(
      'Bezahlbaren Wohnraum schaffen',
      'Bau von Sozialwohnungen in allen Städten und Gemeinden des Kreises verstärken, damit Familien mit geringem Einkommen eine Wohnung finden.',
    ),
  },
  {
    field: WO,
    duplicate: true,
    a: r(
      'Mietführerschein für Zugewanderte',
      'In einem Kurs lernen Zugewanderte Rechte und Pflichten als Mieter, Mülltrennung, Heizen und Lüften; das Zertifikat hilft bei der Wohnungssuche.',
    ),
    b: r(
      'Kurs „Fit für die eigene Wohnung“',
      'Schulung für Geflüchtete zu Mietvertrag, Hausordnung, Mülltrennung und richtigem Heizen, mit Teilnahmebescheinigung für Vermieter.',
    ),
  },
  {
    field: WO,
    duplicate: true,
    a: r(
      'Diskriminierung auf dem Wohnungsmarkt bekämpfen',
      'Eine Beratungsstelle soll Menschen unterstützen, die bei der Wohnungssuche wegen ihrer Herkunft benachteiligt werden.',
    ),
    b: r(
      'Antidiskriminierungsberatung bei der Wohnungssuche',
      'Wer wegen Name, Sprache oder Herkunft keine Wohnung bekommt, erhält Beratung und Hilfe, sich gegen die Benachteiligung zu wehren.',
    ),
  },
  {
    field: WO,
    duplicate: true,
    a: r(
      'Nachbarschaftsarbeit in Quartieren',
      'In Wohnvierteln mit vielen Neuzugewanderten sollen Quartiersmanager Begegnungen zwischen Nachbarn organisieren.',
    ),
    b: r(
      'Quartiersmanagement für gute Nachbarschaft',
      '<p>Ein Quartiersmanagement organisiert in Stadtteilen mit hohem Zuzug Nachbarschaftsfeste und Treffpunkte, damit sich alte und neue Nachbarn kennenlernen.</p><p>Es arbeitet mit Wohnungsgesellschaften zusammen.</p>',
    ),
  },
  {
    field: WO,
    duplicate: false,
    a: r(
      'Privatwohnungen für Geflüchtete vermitteln',
      'Eine Wohnraumvermittlung gewinnt private Vermieter, die an Geflüchtete vermieten.',
    ),
    b: r(
      'Mietschuldenberatung für zugewanderte Familien',
      'Familien, die mit der Miete in Rückstand geraten sind, werden beraten, um einen Wohnungsverlust zu vermeiden.',
    ),
  },
  {
    field: WO,
    duplicate: false,
    a: r(
      'Gemeinschaftsunterkünfte verbessern',
      'In den Gemeinschaftsunterkünften sollen abschließbare Zimmer, Lernräume für Kinder und WLAN vorhanden sein.',
    ),
    b: r(
      'Auszug aus Gemeinschaftsunterkünften beschleunigen',
      'Geflüchtete sollen schneller in eigene Wohnungen ziehen; dafür braucht es eine Wohnungsvermittlung.',
    ),
  },
  {
    field: WO,
    duplicate: false,
    a: r(
      'Mehr sozialer Wohnungsbau',
      'Kreis und Kommunen sollen mehr geförderte Wohnungen bauen, weil bezahlbarer Wohnraum fehlt.',
    ),
    b: r(
      'Wohnberechtigungsschein: Beratung beim Antrag',
      'Zugewanderte werden beim Antrag auf einen Wohnberechtigungsschein beraten, damit sie Zugang zu geförderten Wohnungen erhalten.',
    ),
  },
  {
    field: WO,
    duplicate: false,
    a: r(
      'Dezentrale Unterbringung von Geflüchteten',
      'Geflüchtete sollen von Anfang an in kleinen Wohnungen in allen Gemeinden statt in großen Unterkünften untergebracht werden.',
    ),
    b: r(
      'Nachbarschaftshilfe rund um Unterkünfte',
      'Nachbarn von Unterkünften für Geflüchtete werden eingeladen, sich als Nachbarschaftshelferinnen und -helfer zu engagieren.',
    ),
  },
  {
    field: WO,
    duplicate: false,
    a: r(
      'Sprachmittlung bei Wohnungsbesichtigungen',
      'Ehrenamtliche Sprachmittler begleiten Wohnungssuchende zu Besichtigungen und Gesprächen mit Vermietern.',
    ),
    b: r(
      'Vermieter für Geflüchtete gewinnen',
      'Eine Kampagne wirbt bei privaten Vermietern dafür, Wohnungen an Geflüchtete zu vermieten.',
    ),
  },

  // --- Gesundheit ---
  {
    field: GE,
    duplicate: true,
    a: r(
      'Dolmetscherdienst für Arztbesuche',
      'Für Arztpraxen und Krankenhäuser soll ein Pool von Sprachmittlern bereitstehen, die Patientinnen und Patienten ohne Deutschkenntnisse begleiten.',
    ),
    b: r(
      'Sprachmittlung im Gesundheitswesen',
      'Ein Dolmetscherpool für Gespräche in Arztpraxen und Kliniken, damit Patienten mit geringen Deutschkenntnissen Diagnosen und Behandlungen verstehen.',
    ),
  },
  {
    field: GE,
    duplicate: true,
    a: r(
      'Psychosoziale Versorgung für traumatisierte Geflüchtete',
      'Mehr Therapieplätze und niedrigschwellige Beratung für Geflüchtete mit Traumafolgestörungen, auch mit Dolmetschern.',
    ),
    b: r(
      'Traumatherapie für Geflüchtete ausbauen',
      'Geflüchtete mit traumatischen Erlebnissen sollen schneller einen Therapieplatz bekommen; Therapien mit Sprachmittlung werden finanziert.',
    ),
  },
  {
    field: GE,
    duplicate: true,
    a: r(
      'Gesundheitslotsinnen und -lotsen ausbilden',
      'Migrantinnen und Migranten werden als Gesundheitslotsen geschult und informieren in ihrer Community in der Muttersprache über Vorsorge und das Gesundheitssystem.',
    ),
    b: r(
      'Mehrsprachige Gesundheitsmediatoren',
      'Menschen mit Migrationsgeschichte werden zu Mediatorinnen und Mediatoren ausgebildet, die Landsleute über Gesundheitsvorsorge und Arztbesuche informieren.',
    ),
  },
  {
    field: GE,
    duplicate: true,
    a: r(
      'Mehrsprachige Informationen zum Gesundheitssystem',
      'Broschüren und Videos in mehreren Sprachen erklären, wie man einen Hausarzt findet, was eine Krankenversicherung ist und wann man in die Notaufnahme geht.',
    ),
    b: r(
      'Gesundheitswegweiser in vielen Sprachen',
      'Ein Wegweiser in leichter Sprache und in den häufigsten Herkunftssprachen erklärt Hausarztsystem, Krankenkasse und Notdienste.',
    ),
  },
  {
    field: GE,
    duplicate: true,
    a: r(
      'Impfangebote in Unterkünften',
      'Das Gesundheitsamt soll regelmäßig in Gemeinschaftsunterkünften impfen und über Impfungen aufklären.',
    ),
    b: r(
      'Impfaktionen in Gemeinschaftsunterkünften für Geflüchtete',
      'Mobile Impfteams des Gesundheitsamtes kommen in die Unterkünfte und beraten Bewohner zu Schutzimpfungen.',
    ),
  },
  {
    field: GE,
    duplicate: false,
    a: r(
      'Sprachmittlung im Krankenhaus',
      'Kliniken im Kreis sollen Videodolmetschen für Gespräche mit Patienten ohne Deutschkenntnisse nutzen.',
    ),
    b: r(
      'Mehrsprachige Aufklärungsbögen in Arztpraxen',
      'Aufklärungsbögen und Anamnesebögen sollen in den häufigsten Sprachen in Praxen und Kliniken ausliegen.',
    ),
  },
  {
    field: GE,
    duplicate: false,
    a: r(
      'Psychosoziale Versorgung für traumatisierte Geflüchtete',
      'Mehr Therapieplätze und Beratung für Geflüchtete mit Traumafolgestörungen.',
    ),
    b: r(
      'Suchtberatung für junge Geflüchtete',
      'Die Suchtberatung soll Angebote in mehreren Sprachen für junge geflüchtete Männer mit Drogenproblemen schaffen.',
    ),
  },
  {
    field: GE,
    duplicate: false,
    a: r(
      'Hebammenversorgung für geflüchtete Schwangere',
      'Schwangere in Unterkünften sollen eine Hebamme vermittelt bekommen und Geburtsvorbereitung in ihrer Sprache erhalten.',
    ),
    b: r(
      'Frauenärztliche Versorgung für geflüchtete Frauen',
      'Geflüchtete Frauen sollen leichter einen Termin bei Frauenärztinnen bekommen, auch mit Dolmetscherin.',
    ),
  },
  {
    field: GE,
    duplicate: false,
    a: r(
      'Gesundheitslotsen ausbilden',
      'Zugewanderte werden als Gesundheitslotsen geschult und informieren Landsleute über das Gesundheitssystem.',
    ),
    b: r(
      'Kultursensible Pflege',
      'Pflegedienste und Pflegeheime schulen ihre Beschäftigten in kultursensibler Pflege älterer Migrantinnen und Migranten.',
    ),
  },
  {
    field: GE,
    duplicate: false,
    a: r(
      'Elektronische Gesundheitskarte für Geflüchtete',
      'Geflüchtete sollen ab Ankunft eine Gesundheitskarte erhalten, statt für jeden Arztbesuch einen Behandlungsschein beim Sozialamt zu holen.',
    ),
    b: r(
      'Arztsprechstunden in Gemeinschaftsunterkünften',
      'Ärztinnen und Ärzte bieten wöchentliche Sprechstunden direkt in den Unterkünften an, damit Geflüchtete ohne Hausarzt versorgt werden.',
    ),
  },
  {
    field: GE,
    duplicate: false,
    a: r(
      'Sport- und Bewegungsangebote für Frauen mit Migrationsgeschichte',
      'Sportvereine bieten Schwimm- und Bewegungskurse nur für Frauen an, mit Kinderbetreuung.',
    ),
    b: r(
      'Schwimmkurse für geflüchtete Kinder',
      'Kinder aus geflüchteten Familien sollen in Schwimmkursen schwimmen lernen; Vereine und Schulen kooperieren.',
    ),
  },

  // --- Gesellschaftliche Teilhabe / Ehrenamt ---
  {
    field: TE,
    duplicate: true,
    a: r(
      'Ehrenamtliche besser unterstützen',
      'Ehrenamtlich Engagierte in der Flüchtlingshilfe brauchen Fortbildungen, Supervision und eine feste Ansprechperson beim Kreis.',
    ),
    b: r(
      'Fortbildung und Begleitung für Ehrenamtliche in der Flüchtlingsarbeit',
      'Der Kreis soll Schulungen und Supervision für freiwillig Engagierte anbieten und eine Koordinationsstelle als Ansprechpartner einrichten.',
    ),
  },
  {
    field: TE,
    duplicate: true,
    a: r(
      'Migrantenorganisationen stärken',
      'Vereine von Migrantinnen und Migranten sollen bei Förderanträgen beraten und mit Räumen unterstützt werden.',
    ),
    b: r(
      'Unterstützung für Migrantenselbstorganisationen',
      'Migrantische Vereine erhalten Beratung zu Fördermitteln und können Räume des Kreises nutzen.',
    ),
  },
  {
    field: TE,
    duplicate: true,
    a: r(
      'Begegnungscafés für Alt- und Neubürger',
      'In jeder Gemeinde soll es ein regelmäßiges Begegnungscafé geben, in dem Einheimische und Zugewanderte ins Gespräch kommen.',
    ),
    b: r(
      'Offene Treffpunkte für Einheimische und Geflüchtete',
      'Regelmäßige Café-Treffs in den Kommunen, wo sich Neuzugewanderte und Alteingesessene kennenlernen und austauschen.',
    ),
  },
  {
    field: TE,
    duplicate: true,
    a: r(
      'Interkulturelle Öffnung von Sportvereinen',
      'Sportvereine sollen gezielt Kinder und Jugendliche mit Migrationsgeschichte als Mitglieder gewinnen, z. B. durch beitragsfreie Schnuppermonate.',
    ),
    b: r(
      'Mehr Kinder mit Migrationshintergrund in Sportvereine',
      'Vereine werben mit kostenlosen Probetrainings um zugewanderte Kinder und Jugendliche und übernehmen im ersten Jahr den Mitgliedsbeitrag.',
    ),
  },
  {
    field: TE,
    duplicate: true,
    a: r(
      'Ehrenamtsbörse mehrsprachig',
      'Die Online-Ehrenamtsbörse des Kreises soll in mehreren Sprachen verfügbar sein, damit sich auch Zugewanderte engagieren können.',
    ),
    b: r(
      'Zugewanderte für das Ehrenamt gewinnen',
      'Engagementmöglichkeiten werden mehrsprachig auf der Freiwilligenbörse veröffentlicht, um Menschen mit Migrationsgeschichte als Ehrenamtliche zu gewinnen.',
    ),
  },
  {
    field: TE,
    duplicate: true,
    a: r(
      'Stadtteilmütter-Projekt',
      'Frauen mit Migrationsgeschichte werden als Stadtteilmütter geschult und besuchen Familien, um über Kita, Schule und Beratungsangebote zu informieren.',
    ),
    b: r(
      'Stadtteilmütter einsetzen',
      'Geschulte Mütter aus den Communities besuchen zugewanderte Familien zu Hause und erklären Bildungs- und Unterstützungsangebote im Stadtteil.',
    ),
  },
  {
    field: TE,
    duplicate: false,
    a: r(
      'Ehrenamtliche besser unterstützen',
      'Ehrenamtlich Engagierte in der Flüchtlingshilfe brauchen Fortbildungen und eine feste Ansprechperson.',
    ),
    b: r(
      'Ehrenamtspauschale für Sprachpaten',
      'Ehrenamtliche Sprachpatinnen und -paten erhalten eine Aufwandsentschädigung für Fahrtkosten und Material.',
    ),
  },
  {
    field: TE,
    duplicate: false,
    a: r(
      'Migrantenorganisationen stärken',
      'Vereine von Zugewanderten sollen bei Förderanträgen beraten und mit Räumen unterstützt werden.',
    ),
    b: r(
      'Migrantenorganisationen an der Fortschreibung des Integrationskonzepts beteiligen',
      'Vereine von Zugewanderten werden zu den Workshops zum Integrationskonzept eingeladen und können eigene Handlungsempfehlungen einbringen.',
    ),
  },
  {
    field: TE,
    duplicate: false,
    a: r(
      'Begegnungscafés in allen Gemeinden',
      'Regelmäßige Begegnungscafés, in denen Einheimische und Zugewanderte ins Gespräch kommen.',
    ),
    b: r(
      'Interkulturelle Feste',
      'Einmal im Jahr ein interkulturelles Stadtfest mit Musik, Essen und Vereinen aus aller Welt veranstalten.',
    ),
  },
  {
    field: TE,
    duplicate: false,
    a: r(
      'Interkulturelle Öffnung von Sportvereinen',
      'Sportvereine sollen Kinder und Jugendliche mit Migrationsgeschichte als Mitglieder gewinnen.',
    ),
    b: r(
      'Übungsleiterinnen und Übungsleiter mit Migrationsgeschichte ausbilden',
      'Sportvereine sollen zugewanderte Mitglieder zu Übungsleitern qualifizieren und die Lizenzkosten übernehmen.',
    ),
  },
  {
    field: TE,
    duplicate: false,
    a: r(
      'Politische Beteiligung von Zugewanderten',
      'Zugewanderte sollen in Integrationsräten und Ausschüssen mitreden können; mehr Informationen sollen die Wahlbeteiligung bei Integrationsratswahlen erhöhen.',
    ),
    b: r(
      'Einbürgerung bewerben',
      'Eine Kampagne informiert Zugewanderte, die die Voraussetzungen erfüllen, über die Einbürgerung und lädt zu Einbürgerungsfeiern ein.',
    ),
  },

  // --- Interkulturelle Öffnung der Verwaltung ---
  {
    field: VW,
    duplicate: true,
    a: r(
      'Interkulturelle Schulungen für Verwaltungsmitarbeitende',
      'Beschäftigte der Kreisverwaltung, insbesondere mit Publikumsverkehr, sollen regelmäßig an Fortbildungen zur interkulturellen Kompetenz teilnehmen.',
    ),
    b: r(
      'Fortbildung interkulturelle Kompetenz in der Verwaltung',
      'Alle Mitarbeiterinnen und Mitarbeiter in Ämtern mit Kundenkontakt erhalten Trainings zu interkultureller Kommunikation.',
    ),
  },
  {
    field: VW,
    duplicate: true,
    a: r(
      'Mehrsprachige Formulare und Bescheide',
      'Wichtige Formulare der Ausländerbehörde und des Jobcenters sollen in den häufigsten Sprachen vorliegen; Bescheide erhalten eine Erklärung in einfacher Sprache.',
    ),
    b: r(
      'Anträge in mehreren Sprachen',
      'Antragsformulare der Behörden werden übersetzt und mit Ausfüllhilfen in leichter Sprache ergänzt.',
    ),
  },
  {
    field: VW,
    duplicate: true,
    a: r(
      'Mehr Beschäftigte mit Migrationsgeschichte in der Verwaltung',
      'Bei Stellenausschreibungen soll die Kreisverwaltung ausdrücklich Menschen mit Migrationsgeschichte ansprechen und Mehrsprachigkeit als Vorteil nennen.',
    ),
    b: r(
      'Personalgewinnung: Vielfalt in der Kreisverwaltung',
      'Stellenanzeigen sollen Bewerberinnen und Bewerber mit Einwanderungsgeschichte gezielt ermutigen; Sprachkenntnisse werden als Qualifikation gewertet.',
    ),
  },
  {
    field: VW,
    duplicate: true,
    a: r(
      'Wartezeiten in der Ausländerbehörde verkürzen',
      'Termine bei der Ausländerbehörde sind monatelang ausgebucht. Mehr Personal und eine Online-Terminvergabe sollen die Wartezeit verringern.',
    ),
    b: r(
      'Schnellere Termine bei der Ausländerbehörde',
      'Durch zusätzliche Stellen und digitale Terminbuchung sollen Zugewanderte nicht mehr monatelang auf einen Termin warten.',
    ),
  },
  {
    field: VW,
    duplicate: true,
    a: r(
      'Willkommensbehörde',
      'Die Ausländerbehörde soll sich zu einer Willkommensbehörde entwickeln, die berät statt nur verwaltet, mit freundlichen Wartebereichen und Beschilderung in mehreren Sprachen.',
    ),
    b: r(
      'Ausländerbehörde als Servicestelle',
      'Umbau der Ausländerbehörde zu einem Service- und Beratungszentrum mit mehrsprachigen Wegweisern und einem einladenden Wartebereich.',
    ),
  },
  {
    field: VW,
    duplicate: false,
    a: r(
      'Interkulturelle Schulungen für Verwaltungsmitarbeitende',
      'Beschäftigte der Kreisverwaltung sollen an Fortbildungen zur interkulturellen Kompetenz teilnehmen.',
    ),
    b: r(
      'Beschwerdestelle gegen Diskriminierung in der Kreisverwaltung',
      'Eine unabhängige Stelle in der Verwaltung nimmt Beschwerden über Diskriminierung durch Behörden entgegen.',
    ),
  },
  {
    field: VW,
    duplicate: false,
    a: r(
      'Mehrsprachige Formulare',
      'Wichtige Formulare der Ausländerbehörde und des Jobcenters sollen in den häufigsten Sprachen vorliegen.',
    ),
    b: r(
      'Sprachmittlung bei Behördengängen',
      'Für Termine im Jobcenter und in der Ausländerbehörde sollen Dolmetscher kostenlos zur Verfügung stehen.',
    ),
  },
  {
    field: VW,
    duplicate: false,
    a: r(
      'Wartezeiten in der Ausländerbehörde verkürzen',
      'Mehr Personal und eine Online-Terminvergabe sollen die Wartezeit bei der Ausländerbehörde verringern.',
    ),
    b: r(
      'Online-Terminvergabe im Bürgerbüro',
      'Das Bürgerbüro soll Termine für An- und Ummeldungen online vergeben, in mehreren Sprachen.',
    ),
  },
  {
    field: VW,
    duplicate: false,
    a: r(
      'Mehr Beschäftigte mit Migrationsgeschichte in der Verwaltung',
      'Bei Stellenausschreibungen soll die Kreisverwaltung ausdrücklich Menschen mit Migrationsgeschichte ansprechen.',
    ),
    b: r(
      'Ausbildung in der Verwaltung für junge Zugewanderte',
      'Die Kreisverwaltung informiert an Schulen und in Migrantenvereinen über Ausbildungsberufe in der Verwaltung.',
    ),
  },
  {
    field: VW,
    duplicate: false,
    a: r(
      'Mehrsprachige Internetseite des Kreises',
      'Die Internetseite des Kreises soll die wichtigsten Informationen für Zugewanderte in mehreren Sprachen anbieten.',
    ),
    b: r(
      'Integrationsmonitoring',
      'Der Kreis erhebt jährlich Daten zu Bildung, Arbeit und Wohnen von Zugewanderten und veröffentlicht einen Integrationsbericht.',
    ),
  },
  {
    field: VW,
    duplicate: false,
    a: r(
      'Integrationsbeauftragte in jeder Kommune',
      'Jede Stadt und Gemeinde soll eine Ansprechperson für Integration benennen, die mit dem Kommunalen Integrationszentrum zusammenarbeitet.',
    ),
    b: r(
      'Regelmäßige Treffen der kommunalen Integrationsbeauftragten',
      'Die Integrationsbeauftragten der Städte und Gemeinden treffen sich viermal im Jahr beim Kommunalen Integrationszentrum zum Austausch.',
    ),
  },

  // --- across fields: same tool, different setting or responsibility ---
  {
    field: GE,
    duplicate: false,
    a: r(
      'Sprachmittlung im Gesundheitswesen',
      'Ein Pool von Sprachmittlerinnen und Sprachmittlern begleitet Patientinnen und Patienten zu Arztgesprächen.',
    ),
    b: r(
      'Sprachmittlung bei Elterngesprächen in Schulen',
      'Bei Elterngesprächen und Elternabenden sollen Sprachmittlerinnen und Sprachmittler hinzugezogen werden können, die der Kreis finanziert.',
    ),
  },
  {
    field: AA,
    duplicate: false,
    a: r(
      'Kinderbetreuung während der Integrationskurse',
      'Die Kursträger sollen während der Integrationskurse eine Betreuung für die Kinder der Teilnehmenden anbieten.',
    ),
    b: r(
      'Kinderbetreuung bei Qualifizierungsmaßnahmen des Jobcenters',
      'Das Jobcenter soll bei Qualifizierungsmaßnahmen für Alleinerziehende die Betreuung der Kinder sicherstellen.',
    ),
  },
];
