//! Bijlage 8, the activity overview: the three parent groups, the characteristics a–g of a
//! successful approach, the forms of work and projects, and the questions to assess a
//! project yourself.

use super::{
    AssessmentQuestion, Block, CatalogueEntry, CatalogueKind, Characteristic, CharacteristicMark,
    ParentGroup, Text,
};

/// "Toelichting op het gesprek / Inleiding".
pub static CATALOGUE_INTRO: Text = &[Block::Paragraph(
    "Er zijn al veel grote en kleine projecten en activiteiten die gericht zijn op het intensiveren van de betrokkenheid van ouders bij de leesopvoeding van hun kinderen thuis. Niet alle interventies zijn voor alle groepen ouders geschikt of voldoen aan de kenmerken voor een succesvolle aanpak. Om inzicht te krijgen in wat op welke wijze voor welke groep ouders zinvol kan zijn, is een - niet uitputtend - overzicht gemaakt van bestaande werkvormen en (voor)leesprojecten. Het gaat hier om activiteiten die iets veranderen voor ouders thuis, niet om het betrekken van ouders bij bijvoorbeeld de schoolbibliotheek of inzetten als (voor)leesouder. Die werkzaamheden zullen voor voorschoolse instelling of school en ouders waardevol zijn, maar hebben geen aantoonbaar positief effect op kinderen.",
)];

/// "Wat kun je ermee?"
pub static CATALOGUE_USE: Text = &[Block::Paragraph(
    "In het stappenplan staat beschreven hoe je ouderbetrokkenheid op een zinvolle manier kunt vormgeven. Als bibliotheek kun je, afhankelijk van de wensen en mogelijkheden van de ouderpopulatie en de scholen/kinderdagverblijven, informeren over mogelijke werkvormen en projecten om ouders thuis te betrekken bij de leesopvoeding. In sommige gevallen kan meedoen aan een bestaand project veel opleveren. Het overzicht in deze bijlage helpt daarbij. In andere gevallen is het in gesprek gaan en blijven met ouders en het geven van praktische tips toereikend.",
)];

/// The words introducing the "Theoretische driedeling oudergroepen".
pub static PARENT_GROUPS_INTRO: &str = "Er is geen ouder hetzelfde. Om toch aan te kunnen geven voor welke groep ouders een project geschikt is, kan het helpen een onderverdeling te maken:";

/// The guide's theoretical division of parents into three groups.
pub static PARENT_GROUPS: [ParentGroup; 3] = [
    ParentGroup {
        id: "oudergroep-1",
        number: 1,
        name: "De leesouders",
        description: "De echte leesouders die zelf veel lezen, boeken bezitten, vaak voorlezen, ook als kinderen ouder zijn, de bibliotheek en (kinder)boekhandel bezoeken en met hun kinderen praten over boeken. Zij vinden (voor)lezen leuk en nuttig.",
    },
    ParentGroup {
        id: "oudergroep-2",
        number: 2,
        name: "De aarzelende leesouders",
        description: "Ouders die zelf niet zo veel lezen, geen of weinig boeken bezitten, (vrijwel) nooit naar de boekhandel of bibliotheek gaan, weleens (voor)lezen en (voor)lezen met mate waarderen en nuttig vinden.",
    },
    ParentGroup {
        id: "oudergroep-3",
        number: 3,
        name: "De niet-leesouders",
        description: "Ouders die zelf niet lezen, nauwelijks of niet voorlezen en niet of onvoldoende (voor)leesvaardig zijn. Deze ouders lezen nooit, of minder dan één keer per maand voor aan hun kind(eren). Zij staan neutraal tegenover het nut van voorlezen of vinden voorlezen niet nuttig.",
    },
];

/// "Wat kenmerkt een succesvolle aanpak?"
pub static CHARACTERISTICS: [Characteristic; 7] = [
    Characteristic {
        id: "kenmerk-a",
        marker: "a",
        text: "Versterkt de band tussen ouder en kind.",
    },
    Characteristic {
        id: "kenmerk-b",
        marker: "b",
        text: "Sluit direct aan bij activiteiten op de voorschoolse instelling of school (thema, boekkeuze etc.).",
    },
    Characteristic {
        id: "kenmerk-c",
        marker: "c",
        text: "Ouders worden verleid mee te doen, niet verplicht.",
    },
    Characteristic {
        id: "kenmerk-d",
        marker: "d",
        text: "Praktisch en concreet.",
    },
    Characteristic {
        id: "kenmerk-e",
        marker: "e",
        text: "Differentiatie: individuele aanpak ‘op maat’ mogelijk.",
    },
    Characteristic {
        id: "kenmerk-f",
        marker: "f",
        text: "Langlopend (een schooljaar of meer).",
    },
    Characteristic {
        id: "kenmerk-g",
        marker: "g",
        text: "Terugkoppeling op voorschoolse instelling of school van gedane activiteiten thuis.",
    },
];

/// The NB after the characteristics.
pub static CHARACTERISTICS_NB: &str = "NB Voor ouders die al in een affectieve sfeer veel leesactiviteiten met hun kinderen ondernemen, zijn deze criteria iets minder ‘hard’. Zo kunnen ook kortlopende of eenmalige activiteiten ze op weg helpen en is terugkoppeling minder nodig.";

/// The forms of work and projects of Bijlage 8, in the guide's order. A cell the guide lays
/// out as several lines or bullets keeps them in `carried_out_by` with "\n" and "• ".
pub static CATALOGUE: [CatalogueEntry; 9] = [
    CatalogueEntry {
        id: "werkvorm-ouderinformatiebijeenkomst",
        kind: CatalogueKind::FormOfWork,
        name: "Ouderinformatiebijeenkomst",
        target_group: "0-12 jaar",
        age_from: 0,
        age_to: 12,
        goal: &[Block::List(&[
            "informeren over: belang thuis (voor)lezen en (nieuw) geschikt boekenaanbod.",
            "motiveren om (meer)voor te lezen, te laten lezen en boeken te lenen/kopen",
        ])],
        description: &[Block::Paragraph(
            "Een ouderavond voor alle ouders samen (of kleuters, onder- en bovenbouw apart), waarin ouders informatie krijgen over bijvoorbeeld leren lezen, leesontwikkeling, het kiezen van boeken en het belang van (voor)lezen",
        )],
        transfer: &[Block::List(&["Groepsgewijze voorlichting"])],
        carried_out_by: "Bibliotheekmedewerker/pedagogisch medewerker/leescoördinator/leerkracht",
        parent_groups: &[1],
        group_conditions: &[],
        characteristics: &[CharacteristicMark {
            marker: "c",
            remark: "niet verplichtend",
        }],
        notes: &[
            Block::Paragraph("doorpraten in subgroepen verhoogt de ‘opbrengst’"),
            Block::Paragraph(
                "NB kan wel een functie hebben als aftrap van andere leesactiviteiten",
            ),
        ],
    },
    CatalogueEntry {
        id: "werkvorm-individuele-oudergesprekken",
        kind: CatalogueKind::FormOfWork,
        name: "Individuele oudergesprekken",
        target_group: "0-12 jaar",
        age_from: 0,
        age_to: 12,
        goal: &[Block::List(&[
            "ouders informeren over (voor)leesontwikkeling kind en leesonderwijs",
            "bespreken belang leesopvoeding",
            "bespreken huidige en mogelijke leesactiviteiten thuis",
            "concrete tips aandragen",
            "afspraken maken",
        ])],
        description: &[
            Block::Paragraph(
                "Bij de kennismakingsgesprekken, of reguliere oudergesprekken of n.a.v. een speciale afspraak tot een gesprek is leesstimulering thuis en lezen op school terugkerend thema.",
            ),
            Block::Paragraph(
                "Onderwerp: wat kan, wil, doet het kind en hoe kunnen we het nog beter ondersteunen? Wat doet de school en wat kan de ouder doen? Concrete handreikingen en afspraken tot terugkoppeling.",
            ),
        ],
        transfer: &[Block::List(&[
            "individueel gesprek",
            "eventueel doorverwijzing naar schoolbieb/leesconsulent",
        ])],
        carried_out_by: "Leerkracht, evt. gevoed met informatie van leescoördinator en leesconsulent.",
        parent_groups: &[1, 2, 3],
        group_conditions: &[],
        characteristics: &[
            CharacteristicMark {
                marker: "a",
                remark: "Versterkt de band tussen ouder en kind",
            },
            CharacteristicMark {
                marker: "b",
                remark: "Sluit direct aan bij activiteiten op school/in de kinderopvang (thema, boekkeuze, etc.)",
            },
            CharacteristicMark {
                marker: "c",
                remark: "Ouders worden verleid mee te doen",
            },
            CharacteristicMark {
                marker: "d",
                remark: "Praktisch en concreet",
            },
            // The guide prints "F. Individuele aanpak" followed by "langlopend (een schooljaar
            // of meer)" without a letter; individual approach is characteristic e.
            CharacteristicMark {
                marker: "e",
                remark: "Individuele aanpak",
            },
            CharacteristicMark {
                marker: "f",
                remark: "langlopend (een schooljaar of meer)",
            },
            CharacteristicMark {
                marker: "g",
                remark: "Terugkoppeling op school/in de kinderopvang van gedane activiteiten thuis",
            },
        ],
        notes: &[
            Block::Paragraph(
                "NB voor de weinig voorlezende ouders zal extra ondersteuning (maatje/koffieochtend) behulpzaam zijn.",
            ),
            Block::Paragraph(
                "NB al ontwikkelde producten of projecten kunnen evt. worden ingezet: Logeerbeer of verwijzing naar VoorleesExpress of vve-thuis",
            ),
        ],
    },
    CatalogueEntry {
        id: "werkvorm-voorleestips-boekentips",
        kind: CatalogueKind::FormOfWork,
        name: "Schriftelijke of digitale voorleestips & boekentips",
        target_group: "0-12 jaar",
        age_from: 0,
        age_to: 12,
        goal: &[Block::List(&[
            "informeren over: belang thuis (voor)lezen en (nieuw) geschikt boekenaanbod.",
            "motiveren om (meer)voor te lezen, te laten lezen en boeken te lenen/kopen",
        ])],
        description: &[Block::Paragraph(
            "Voorlees- en boekentips voor ouders, onder meer ontwikkeld in het kader van NVD, Kinderboekenweek etc.",
        )],
        transfer: &[Block::List(&[
            "al dan niet in het kader van een project op school/in de kinderopvang/in de bieb/boekwinkel",
            "bij een ouderavond of oudergesprek",
            "niet via warme overdracht",
        ])],
        carried_out_by: "• school/kinderopvang/bibliotheek/(kinder)boekhandel\n• tijdschriften\n• websites als: ouders online, leesplein, mediassmarties",
        parent_groups: &[1, 2],
        group_conditions: &[(2, "indien goed geïntroduceerd en nagevraagd")],
        characteristics: &[CharacteristicMark {
            marker: "c",
            remark: "niet verplichtend",
        }],
        notes: &[],
    },
    CatalogueEntry {
        id: "project-boekstart-kinderopvang",
        kind: CatalogueKind::Project,
        name: "BoekStart in de kinderopvang",
        target_group: "0-4 jaar",
        age_from: 0,
        age_to: 4,
        goal: &[Block::Paragraph(
            "Binnen de kinderopvang en thuis: rijke leesomgeving creëren en voorlezen stimuleren",
        )],
        description: &[Block::Paragraph(
            "Gemeente, kinderopvang en bibliotheek werken samen. Nadruk ligt op een rijk voorleesklimaat in de instelling (scholing medewerkers, leesplan, collectie, tijd voor voorlezen). Ouders stimuleren tot voorlezen thuis en tot bibliotheekbezoek is een onderdeel.",
        )],
        transfer: &[
            Block::Paragraph("Verschillend per instelling:"),
            Block::List(&[
                "ouderbijeenkomsten op de KO en in de bibliotheek",
                "oudergesprekken",
            ]),
            Block::Paragraph(
                "Van vrijblijvend informerend tot concrete afspraken en terugkoppeling.",
            ),
        ],
        carried_out_by: "Kinderopvang i.s.m. de bibliotheek",
        parent_groups: &[1, 2, 3],
        group_conditions: &[(3, "alleen indien gecombineerd met Boekenpret")],
        characteristics: &[],
        notes: &[Block::Paragraph(
            "Afhankelijk van de intensiteit van gekozen aanpak.",
        )],
    },
    CatalogueEntry {
        id: "project-nationale-voorleesdagen",
        kind: CatalogueKind::Project,
        name: "De Nationale Voorleesdagen",
        target_group: "0-6 jaar",
        age_from: 0,
        age_to: 6,
        goal: &[Block::Paragraph(
            "Het bevorderen van voorlezen aan kinderen die nog niet leesvaardig zijn. Via peuterspeelzalen, kinderdagverblijven en basisscholen worden de ouders van deze kinderen gestimuleerd om regelmatig voor te lezen.",
        )],
        description: &[Block::Paragraph(
            "Jaarlijks (startend eind januari met het voorleesontbijt) is er 10 dagen lang extra aandacht voor ‘voorlezen’ in boekhandel, bibliotheek en op basisscholen. Prentenboeken Top 10 en Prentenboek van het jaar staan centraal. Er zijn promotiepakketten, voorleestips en lokale activiteiten.",
        )],
        transfer: &[Block::Paragraph(
            "Voornamelijk via (digitale) voorleestips/titellijsten",
        )],
        carried_out_by: "Kinderopvang, basisschool, bibliotheek, boekhandel.",
        parent_groups: &[1],
        group_conditions: &[],
        characteristics: &[CharacteristicMark {
            marker: "c",
            remark: "Niet verplichtend",
        }],
        notes: &[],
    },
    CatalogueEntry {
        id: "project-boekenpret",
        kind: CatalogueKind::Project,
        name: "BoekenPret",
        target_group: "0-6 jaar",
        age_from: 0,
        age_to: 6,
        goal: &[Block::List(&[
            "jonge kinderen en hun ouders laten ontdekken dat je plezier kunt beleven aan voorlezen",
            "de taalontwikkeling stimuleren, waardoor de aansluiting bij het (lees)onderwijs vergemakkelijkt",
            "ervoor zorgen dat kinderen later goede lezers worden",
        ])],
        description: &[Block::List(&[
            "boeken mee naar huis",
            "werkbladen voor ouders en kinderen (speel-ontdekboeken)",
            "groepsbijeenkomsten",
        ])],
        transfer: &[
            Block::Paragraph("Groepsbijeenkomsten"),
            Block::List(&["thuismoeders"]),
        ],
        carried_out_by: "Bibliotheken, peuterspeelzalen, kinderdagverblijven, consultatiebureaus, en scholen",
        parent_groups: &[3],
        group_conditions: &[],
        characteristics: &[
            CharacteristicMark {
                marker: "a",
                remark: "Versterkt de band tussen ouder en kind",
            },
            CharacteristicMark {
                marker: "c",
                remark: "Ouders worden verleid mee te doen, niet verplicht",
            },
            CharacteristicMark {
                marker: "d",
                remark: "Praktisch en concreet",
            },
            CharacteristicMark {
                marker: "e",
                remark: "Differentiatie afhankelijk van ingezette materialen",
            },
            CharacteristicMark {
                marker: "f",
                remark: "Langlopend (een schooljaar of meer)",
            },
            CharacteristicMark {
                marker: "g",
                remark: "Terugkoppeling",
            },
        ],
        notes: &[],
    },
    CatalogueEntry {
        id: "project-voorleesexpress",
        kind: CatalogueKind::Project,
        name: "VoorleesExpress",
        target_group: "2-9 jaar",
        age_from: 2,
        age_to: 9,
        goal: &[Block::List(&[
            "taalontwikkeling kinderen stimuleren",
            "taalverrijking thuis",
        ])],
        description: &[Block::Paragraph(
            "Twintig weken lang komt een vrijwillige voorlezer thuis bij een taalarm gezin. De vrijwilliger introduceert het voorleesritueel bij het gezin. De ouders krijgen handvatten om het voorlezen zelf over te nemen en boeken een blijvende plek te geven in het dagelijks leven.",
        )],
        transfer: &[
            Block::Paragraph("Mondeling"),
            Block::List(&["1-op-1-gesprek"]),
        ],
        carried_out_by: "Geschoolde vrijwilliger\nAcquisitie evt. met hulp van school",
        parent_groups: &[3],
        group_conditions: &[],
        characteristics: &[
            CharacteristicMark {
                marker: "a",
                remark: "Versterkt de band tussen ouder en kind (indien ouders zelf gaan voorlezen)",
            },
            CharacteristicMark {
                marker: "c",
                remark: "Ouders verleid mee te doen, niet verplicht",
            },
            CharacteristicMark {
                marker: "e",
                remark: "Individuele aanpak",
            },
        ],
        notes: &[],
    },
    CatalogueEntry {
        id: "project-verteltas",
        kind: CatalogueKind::Project,
        name: "Verteltas",
        target_group: "4-8 jaar",
        age_from: 4,
        age_to: 8,
        goal: &[Block::List(&[
            "taalontwikkeling van ouder en kind stimuleren",
            "(voor)leesplezier vergroten",
        ])],
        description: &[Block::Paragraph(
            "Ouders bedenken en maken en gebruiken de verteltas met attributen bij een prentenboek. De verteltassen zijn te leen.",
        )],
        transfer: &[Block::Paragraph("Groepsgesprekken")],
        carried_out_by: "School/kinderopvang",
        parent_groups: &[3],
        group_conditions: &[],
        characteristics: &[
            CharacteristicMark {
                marker: "a",
                remark: "Versterkt de band tussen ouder en kind",
            },
            CharacteristicMark {
                marker: "b",
                remark: "Sluit direct aan bij activiteiten op school (thema, boekkeuze etc.)",
            },
            CharacteristicMark {
                marker: "c",
                remark: "Ouders worden verleid mee te doen, niet verplicht",
            },
            CharacteristicMark {
                marker: "d",
                remark: "Praktisch en concreet",
            },
            CharacteristicMark {
                marker: "e",
                remark: "Differentiatie: individuele aanpak ‘op maat’ mogelijk",
            },
            CharacteristicMark {
                marker: "f",
                remark: "Langlopend (een schooljaar of meer)",
            },
            CharacteristicMark {
                marker: "g",
                remark: "Terugkoppeling op school van gedane activiteiten thuis",
            },
        ],
        notes: &[],
    },
    CatalogueEntry {
        id: "project-vakantietas",
        kind: CatalogueKind::Project,
        name: "Vakantietas (en varianten)",
        target_group: "8-12 jaar",
        age_from: 8,
        age_to: 12,
        goal: &[Block::List(&[
            "stimuleren leesvaardigheid en leesplezier zwakke lezers",
            "behoud (voor)leesroutine",
        ])],
        description: &[Block::Paragraph(
            "In de vakantie/vrije tijd krijgen leerlingen boeken en voorwerpen/materialen mee ter verlevendiging",
        )],
        transfer: &[Block::Paragraph("Gesprek")],
        carried_out_by: "School/bibliotheek",
        parent_groups: &[2],
        group_conditions: &[],
        characteristics: &[
            CharacteristicMark {
                marker: "a",
                remark: "Versterkt de band tussen ouder en kind",
            },
            CharacteristicMark {
                marker: "c",
                remark: "Ouders worden verleid mee te doen, niet verplicht",
            },
            CharacteristicMark {
                marker: "d",
                remark: "Praktisch en concreet",
            },
            CharacteristicMark {
                marker: "e",
                remark: "Differentiatie: individuele aanpak ‘op maat’ mogelijk",
            },
        ],
        notes: &[],
    },
];

/// The text introducing "Zelf projecten beoordelen".
pub static ASSESSMENT_INTRO: Text = &[
    Block::Paragraph(
        "Het voert te ver om alle projecten (en producten, campagnes, etc.) die er zijn ontwikkeld in dit overzicht weer te geven. Oriënteer je eerst heel breed. Vervolgens kun je zelf beoordelen of je een project of werkwijze wilt voorleggen aan een voorschoolse instelling of school. Dit kan uiteraard pas als je ook goed op de hoogte bent van wat de wensen en mogelijkheden zijn van de ouders. Daarvoor is een inventarisatie van wensen en verwachtingen van de ouders (uitgevoerd door de instelling) onmisbaar.",
    ),
    Block::Paragraph(
        "Bij het beoordelen van geschikte projecten kunnen de volgende vragen behulpzaam zijn:",
    ),
];

/// The ten questions of "Zelf projecten beoordelen". Question 7 keeps its sub-questions a–g
/// on lines of their own ("\n").
pub static ASSESSMENT_QUESTIONS: [AssessmentQuestion; 10] = [
    AssessmentQuestion {
        id: "beoordeling-1",
        number: 1,
        text: "Is het project gericht op het stimuleren van de leesopvoeding thuis (thuis voorlezen, praten over boeken, boekactiviteiten doen, naar de bibliotheek etc.)?",
    },
    AssessmentQuestion {
        id: "beoordeling-2",
        number: 2,
        text: "Is het project bedoeld voor uitvoering op/via een basisschool of kinderopvanginstelling?",
    },
    AssessmentQuestion {
        id: "beoordeling-3",
        number: 3,
        text: "Voor welke leeftijdsgroep is het project?",
    },
    AssessmentQuestion {
        id: "beoordeling-4",
        number: 4,
        text: "Richt het project zich op een specifieke groep (bijvoorbeeld vve-ouders)?",
    },
    AssessmentQuestion {
        id: "beoordeling-5",
        number: 5,
        text: "Wat is het beoogde doel van het project precies?",
    },
    AssessmentQuestion {
        id: "beoordeling-6",
        number: 6,
        text: "Welke overdrachtsvorm wordt gehanteerd (gesprek in kleine/grote groep, op schrift, digitaal, individueel gesprek, anders)?",
    },
    AssessmentQuestion {
        id: "beoordeling-7",
        number: 7,
        text: "Aan welke kenmerken voldoet het?\na. Versterkt het de band tussen ouder en kind?\nb. Sluit het direct aan bij activiteiten op school (thema, boekkeuze etc.)?\nc. Worden ouders verleid mee te doen, niet verplicht?\nd. Is het praktisch en concreet?\ne. Is er sprake van differentiatie: individuele aanpak ‘op maat’ mogelijk?\nf. Is het langlopend (een schooljaar of meer)?\ng. Is er terugkoppeling op school/binnen de kinderopvanginstelling van gedane activiteiten thuis?",
    },
    AssessmentQuestion {
        id: "beoordeling-8",
        number: 8,
        text: "Voor welke groep ouders is het geschikt als je het doel, de overdrachtsvorm en verdere kenmerken bekijkt?",
    },
    AssessmentQuestion {
        id: "beoordeling-9",
        number: 9,
        text: "Sluit het doel aan bij de doelen en werkwijze die ouders en school voor ogen hebben?",
    },
    AssessmentQuestion {
        id: "beoordeling-10",
        number: 10,
        text: "Zijn er kosten verbonden aan het project? Zo ja, welke?",
    },
];
