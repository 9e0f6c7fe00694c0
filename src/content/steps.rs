//! The twelve steps of the guide, transcribed from the step pages and the overview diagram.

use super::{Block, Example, Question, QuestionList, Scope, Step};

/// Step 10's questions for a positive conversation with parents about their wishes and
/// expectations, starting from the child. Shown inline in step 10's Extra.
pub static STAP_10_WENSEN_OUDERS: QuestionList = QuestionList {
    id: "stap-10-wensen-ouders",
    title: "",
    questions: &[
        Question {
            id: "stap-10-wensen-ouders-1",
            marker: "",
            text: "Wat vind je als ouder belangrijk voor het kind als het gaat om leesplezier en taal-leesontwikkeling nu en in de toekomst en wat als professional?",
        },
        Question {
            id: "stap-10-wensen-ouders-2",
            marker: "",
            text: "Wat gaat al goed, wat vinden ouder en kind leuk om samen te doen?",
        },
        Question {
            id: "stap-10-wensen-ouders-3",
            marker: "",
            text: "Wat kun je dan nog meer doen als het gaat om leesbevordering en taal-leesplezier?",
        },
        Question {
            id: "stap-10-wensen-ouders-4",
            marker: "",
            text: "Wat is lastig?",
        },
        Question {
            id: "stap-10-wensen-ouders-5",
            marker: "",
            text: "Hoe kunnen jullie elkaar versterken?",
        },
    ],
};

/// Steps 7–12 as a tab of an institution's page names them: the first words of the guide's
/// own step names, short enough for a tab on a tablet.
pub const INSTITUTION_TAB_NAMES: [(u8, &str); 6] = [
    (7, "Selecteren"),
    (8, "Contact leggen"),
    (9, "Startgesprek"),
    (10, "Verdiepend gesprek"),
    (11, "Activiteitenprogramma"),
    (12, "Evalueren en borgen"),
];

/// Steps 7–12 in which the guide gives the library a task of its own besides the work with
/// each institution: it selects (7), and it evaluates with its management and the
/// municipality (12). The library's own record of these stays beside the institutions'.
pub const LIBRARY_TASK_STEPS: [u8; 2] = [7, 12];

/// The guide's twelve steps, in order.
pub static STEPS: [Step; 12] = [
    Step {
        id: "stap-1",
        number: 1,
        title: "Voorbereiden: inlezen en verkennen",
        short_title: "Voorbereiden (kennis opdoen)",
        scope: Scope::Library,
        door: "onderwijsspecialist",
        overview_door: "Onderwijsspecialist",
        overview_result: "Kennis over en kunnen verwoorden van belang ouderpartnerschap bij lezen en mogelijke rol bibliotheek",
        doel: &[Block::Paragraph(
            "De onderwijsspecialist is goed op de hoogte van wat effectief is voor ‘ouderpartnerschap en lezen’. Zo kan hij anderen inspireren voor en overtuigen van het belang van ouderpartnerschap voor het leesplezier en de taal-leesontwikkeling van kinderen.",
        )],
        resultaat: &[Block::Paragraph(
            "Na deze voorbereiding kan de onderwijsspecialist verwoorden waarom ouders een actieve leesopvoeding zouden moeten hanteren en wat de waarde voor de bibliotheek is om in te zetten op dit thema. Dit helpt de bibliotheek om gezien te worden als serieuze partner door gemeente en scholen/voorschoolse instellingen. Temeer daar ouderpartnerschap ook aan thema’s als participatie en laaggeletterdheid raakt. De onderwijsspecialist heeft inzichtelijk welke contacten relevant zijn voor het planmatig verstevigen van ouderpartnerschap bij de Bibliotheek op school en BoekStart in de kinderopvang en op welk niveau (strategisch, beleidsmatig, uitvoerend). De onderwijsspecialist heeft helder hoe ouderpartnerschap kan passen binnen het beleid van de bibliotheek.",
        )],
        extra: &[
            Block::Paragraph(
                "Er is veel gepubliceerd over ouderbetrokkenheid. De uitgangspunten waarmee wordt gewerkt bij de Bibliotheek op school en BoekStart in de kinderopvang staan beschreven in de notitie ‘Ouders betrekken bij lezen’ (Stichting Lezen, 2014). Handzame samenvattingen van deze notitie voor de kinderopvang en het primair onderwijs afzonderlijk hebben we als bijlage 3 en bijlage 4 toegevoegd aan dit stappenplan.",
            ),
            Block::Paragraph(
                "Actief Ouderschap en CPS Onderwijsontwikkeling en advies hebben workshops en trajecten voor (voor)scholen ontwikkeld die vergelijkbare uitgangspunten hebben. Meer informatie over de verschillende partnerschappen tussen instelling en ouders is te vinden op de site van Actief Ouderschap. De ideeën over ouderbetrokkenheid 1.0, 2.0 en 3.0 zijn na te lezen op de site van CPS.",
            ),
            Block::Paragraph(
                "De bibliotheek heeft al veel lokale contacten, strategisch, beleidsmatig en uitvoerend, die relevant zijn als het gaat om ouderpartnerschap. (Zie de toolkit op debibliotheekopschool.nl voor de brochure Werken aan netwerken, vanaf p. 17). Daarnaast is er bestaand en nieuw beleid bij de bibliotheek en gemeente dat raakvlakken heeft met ouderpartnerschap bij lezen.",
            ),
        ],
        question_lists: &[],
        examples: &[],
        tips: &[&[Block::Paragraph(
            "Bedenk een pitch en spits deze toe op de situatie.",
        )]],
        footnotes: &[],
    },
    Step {
        id: "stap-2",
        number: 2,
        title: "Overleggen met directie en plannen maken",
        short_title: "Overleggen met directie en plannen maken",
        scope: Scope::Library,
        door: "onderwijsspecialist",
        overview_door: "Onderwijsspecialist",
        overview_result: "Besluit inzetten op ouderpartnerschap bij lezen, opdracht om aanpak uit te werken",
        doel: &[Block::Paragraph(
            "De onderwijsspecialist krijgt groen licht van degenen die over de tijd en het geld beslissen voor de voortgang en komt tot een planmatige aanpak.",
        )],
        resultaat: &[Block::Paragraph(
            "De onderwijsspecialist krijgt toestemming tot voortgang en opdracht tot het opstellen van een plan voor het verstevigen van ouderpartnerschap bij de Bibliotheek op school en BoekStart in de kinderopvang. In dat plan staan onder meer doelen, middelen, eisen, menskracht, resultaten en kosten verwoord. Steunt een bibliotheekdirectie dit initiatief niet en is het onderwerp niet in het reguliere werk in te passen, dan is er geen vervolg mogelijk. De onderwijsspecialist maakt een stappenplan.",
        )],
        extra: &[
            Block::Paragraph(
                "De onderwijsspecialist stelt het onderwerp aan de orde bij directie/management en heeft de argumenten om het belang van ouderpartnerschap bij de leesopvoeding te benadrukken. De dia’s uit de verzamelpresentatie ‘Ouders betrekken bij lezen’ (zie de toolkit op debibliotheekopschool.nl) zijn daarbij handig. Ook het voorbeeld van Bibliotheek Helmond-Peel uit het juninummer 2016 van het tijdschrift Lezen (p. 12 en 13) geeft een goed beeld. Die argumenten zullen leiden tot het inzicht dat ouderpartnerschap ook binnen de Bibliotheek op school/BoekStart in de kinderopvang meer gerichte aandacht behoeft.",
            ),
            Block::Paragraph(
                "Daarnaast komt aan de orde welke kansen ouderpartnerschap biedt voor de bibliotheek om zich verder te profileren op gemeentelijke beleidsterreinen als vroeg- en voorschoolse educatie (VVE), participatie en laaggeletterdheid. Dit gaat verder dan de Bibliotheek op school en BoekStart in de kinderopvang.",
            ),
            Block::Paragraph("De taken van de directie/management betreffen ook:"),
            Block::List(&[
                "initiëren, coördineren en implementeren van het beleid binnen de hele organisatie;",
                "bewaken van de kwaliteit van de uitvoering van de activiteiten;",
                "onderhouden van de contacten met de gemeente, schoolbesturen en andere relevante samenwerkingsorganisaties.",
            ]),
        ],
        question_lists: &[QuestionList {
            id: "stap-2-vragen-directie",
            title: "Vragen die de onderwijsspecialist kan stellen tijdens het gesprek met de directie",
            questions: &[
                Question {
                    id: "stap-2-vragen-directie-1",
                    marker: "",
                    text: "Wat merkt de directie van het thema ouderpartnerschap in de contacten met de gemeente?",
                },
                Question {
                    id: "stap-2-vragen-directie-2",
                    marker: "",
                    text: "Wat merkt de directie van het thema ouderpartnerschap in de contacten met schoolbesturen?",
                },
                Question {
                    id: "stap-2-vragen-directie-3",
                    marker: "",
                    text: "Vindt de directie het belangrijk om in te zetten op het planmatig verstevigen van ouderpartnerschap bij de Bibliotheek op school en BoekStart in de kinderopvang?",
                },
                Question {
                    id: "stap-2-vragen-directie-4",
                    marker: "",
                    text: "Welke mogelijkheden ziet de directie binnen de reguliere activiteiten?",
                },
                Question {
                    id: "stap-2-vragen-directie-5",
                    marker: "",
                    text: "In welke contacten met gemeente en partners kan de directie ouderpartnerschap bij de Bibliotheek op school en BoekStart in de kinderopvang ter sprake brengen om financiering te genereren? Wanneer?",
                },
                Question {
                    id: "stap-2-vragen-directie-6",
                    marker: "",
                    text: "Welke mogelijkheden ziet de directie als het gaat om borging van ouderpartnerschap binnen de bibliotheek (bijv. alle medewerkers scholen, verbinding met laaggeletterdheid)?",
                },
            ],
        }],
        examples: &[],
        tips: &[],
        footnotes: &[],
    },
    Step {
        id: "stap-3",
        number: 3,
        title: "Overleggen met gemeente",
        short_title: "Overleggen met gemeente",
        scope: Scope::Library,
        door: "onderwijsspecialist en directie",
        overview_door: "Onderwijsspecialist en directie bibliotheek",
        overview_result: "Bewustwording bij gemeente en partners, financieringsmogelijkheden zijn besproken/onderzocht",
        doel: &[Block::Paragraph(
            "De directeur of onderwijsspecialist informeert, bevraagt en enthousiasmeert strategische partnerorganisaties en gemeente tijdens strategische netwerkbijeenkomsten, een overleg over laaggeletterdheid of een LEA-overleg. Hij neemt de gemeente en partnerorganisaties mee in het plan van de bibliotheek en kijkt of er middelen beschikbaar zijn om het project een impuls te geven en op de agenda te zetten, zowel bij de gemeente als scholen/voorschoolse instellingen.",
        )],
        resultaat: &[Block::Paragraph(
            "Het belang van ouderpartnerschap bij lezen wordt in breder verband onderkend en staat op de agenda van strategische overleggen. Partners en gemeente zijn zich bewust van de rol van de bibliotheek hierbij. Er is duidelijkheid over mogelijkheden vanuit gemeentelijke financiering.",
        )],
        extra: &[Block::Paragraph(
            "Middelen kunnen vanuit verschillende gemeentelijke beleidsterreinen komen, zoals het onderwijsachterstandenbeleid (OAB), beleid voor participatie, laaggeletterdheid of cultuur. Het is belangrijk de structuren en geldstromen vooraf inzichtelijk te hebben. Wellicht zijn er innovatiebudgetten of impulsgelden beschikbaar in de gemeente. Het creëren van bewustwording van het belang van ouderpartnerschap bij gemeente en partners kost tijd. De directeur of onderwijsspecialist wekt eerst de interesse met een presentatie of goed voorbeeld, legt daarna een voorgestelde aanpak met begroting voor, en regelt tot slot de financiering.",
        )],
        question_lists: &[QuestionList {
            id: "stap-3-vragen-gemeente",
            title: "Vragen die de onderwijsspecialist/directie kan stellen tijdens het gesprek met de gemeente",
            questions: &[
                Question {
                    id: "stap-3-vragen-gemeente-1",
                    marker: "",
                    text: "Onderschrijven de gemeente en de partnerinstellingen (indien aan tafel) het belang van ouderbetrokkenheid?",
                },
                Question {
                    id: "stap-3-vragen-gemeente-2",
                    marker: "",
                    text: "Hoe sluit ouderbetrokkenheid aan bij het beleid van de gemeente en van andere organisaties? Wat gebeurt er al? Heeft dit ook betrekking op lezen?",
                },
                Question {
                    id: "stap-3-vragen-gemeente-3",
                    marker: "",
                    text: "Hoe kan de Bibliotheek hierin samenwerken met de andere organisaties en hoe kunnen ze elkaar versterken? Is er eventueel geld voor vernieuwende plannen?",
                },
            ],
        }],
        examples: &[Example {
            id: "voorbeeld-helmond-peel",
            title: "Voorbeeld Bibliotheek Helmond-Peel",
            body: &[
                Block::Paragraph(
                    "De gemeente Helmond investeert in partnerschap met ouders bij lezen vanuit het onderwijsachterstandenbeleid.",
                ),
                Block::Paragraph(
                    "In de regio Helmond-Peel werken al veel scholen/voorschoolse instellingen met BoekStart in de kinderopvang en de Bibliotheek op school. Toos van de Beuken: “Onze leesconsulenten betrekken ouders nu bij alle activiteiten. Voor scholen zijn zij een goede gesprekspartner geworden als het gaat om de ouderbetrokkenheid bij het lezen. Door de wensen en verwachtingen van ouders en leerkrachten over lezen te inventariseren, zien we prachtige initiatieven ontstaan. Op bijvoorbeeld de Sylvester Bernadetteschool hebben ouders en leerkrachten bedacht om het goede voorbeeld te geven in lezen. Zij maken een leestafel voor ouders in school waar zij boeken kunnen uitwisselen en kunnen lezen als de kinderen in de school zijn. Met een kopje koffie erbij is dit een mooie manier om het goede voorbeeld te geven aan de kinderen.” In het juninummer 2016 van het tijdschrift Lezen (p. 12 en 13) staat een artikel over de aanpak van Bibliotheek Helmond-Peel.",
                ),
            ],
        }],
        tips: &[],
        footnotes: &[
            "Bij Oberon is hier een lezenswaardige publicatie over verschenen: ‘Bibliotheek aan de LEA-tafel’.",
        ],
    },
    Step {
        id: "stap-4",
        number: 4,
        title: "Scholingsstrategie uitwerken",
        short_title: "Scholingsstrategie uitwerken",
        scope: Scope::Library,
        door: "onderwijsspecialist samen met externe scholingspartner",
        overview_door: "Onderwijsspecialist (en eventueel een scholingspartner)",
        overview_result: "Plan om leesconsulenten toe te rusten voor nieuwe taken",
        doel: &[Block::Paragraph(
            "Het bepalen en uitwerken van een scholingsaanpak voor leesconsulenten.",
        )],
        resultaat: &[Block::Paragraph(
            "Aanpak met tijdpad om ervoor te zorgen dat de leesconsulenten gedegen toegerust zijn om nieuwe taken uit te voeren. Na de scholing voldoen zij aan het competentieprofiel in bijlage 1.",
        )],
        extra: &[
            Block::Paragraph(
                "Om ervoor te zorgen dat de leesconsulenten die al werken met BoekStart in de kinderopvang en de Bibliotheek op school op hun nieuwe taken worden toegerust is scholing nodig. In 2015 en 2016 hebben al veel onderwijsspecialisten de Masterclasses ouderpartnerschap gevolgd. Afhankelijk van de beginsituatie en de wensen en mogelijkheden binnen de bibliotheek en van de leesconsulenten, kan de onderwijsspecialist ervoor kiezen om de leesconsulenten zelf te trainen, of om hen door de POI of een externe scholingspartner (zoals Actief Ouderschap of CPS) te laten trainen. Scholing kan bestaan uit een maatwerk leergang, een losse nascholing of een training on the job. Ook een combinatie is mogelijk. Daarbij ervaren leesconsulenten intervisie vaak ook als zinvol.",
            ),
            Block::Paragraph(
                "Om te waarborgen dat scholing voor de leesconsulenten past binnen het opleidingshuis BoekStart in de kinderopvang en de Bibliotheek op school en kwalitatief goed is, treffen Stichting Lezen en Actief Ouderschap voorbereidingen voor kwaliteitsborging en een train-de-trainer voor POI’s. Daarnaast werken Stichting Lezen en Actief Ouderschap uit hoe ouderpartnerschap structureel kan worden verankerd binnen de opleiding voor nieuwe leesconsulenten en binnen de werkwijze van de Bibliotheek op school en BoekStart in de kinderopvang.",
            ),
        ],
        question_lists: &[],
        examples: &[],
        tips: &[],
        footnotes: &[],
    },
    Step {
        id: "stap-5",
        number: 5,
        title: "Informeren en inspireren medewerkers",
        short_title: "Informeren en inspireren medewerkers",
        scope: Scope::Library,
        door: "onderwijsspecialist (en eventueel een scholingspartner), leesconsulenten",
        overview_door: "Onderwijsspecialist (en eventueel een scholingspartner), leesconsulenten",
        overview_result: "Leesconsulenten zijn zich bewust van belang ouderpartnerschap en enthousiast hiermee aan de slag te gaan",
        doel: &[Block::Paragraph(
            "Leesconsulenten zodanig informeren over het waarom, hoe en wat van ouderpartnerschap, zodat er bij hen voldoende kennis, enthousiasme en betrokkenheid ontstaat om actief te participeren binnen de eigen functie.",
        )],
        resultaat: &[Block::Paragraph(
            "Leesconsulenten zijn zich bewust van het belang van ouderpartnerschap bij lezen en enthousiast om hiermee aan de slag te gaan in hun werk rond BoekStart in de kinderopvang en de Bibliotheek op school. De onderwijsspecialist heeft inzicht in de houding van leesconsulenten over ouderpartnerschap: waar zit hun enthousiasme en waar zitten eventuele knelpunten? Hiermee kan de onderwijsspecialist rekening houden in de scholingsstrategie.",
        )],
        extra: &[],
        question_lists: &[],
        examples: &[],
        tips: &[&[Block::Paragraph(
            "Gebruik de notitie Ouders betrekken bij lezen (Stichting Lezen, 2014) en het overzicht partnerschappen van Actief Ouderschap, kies dia’s uit de verzamelpresentatie ‘Ouders betrekken bij lezen’ (zie de toolkit op debibliotheekopschool.nl).",
        )]],
        footnotes: &[],
    },
    Step {
        id: "stap-6",
        number: 6,
        title: "Opleiden medewerkers",
        short_title: "Opleiden medewerkers",
        scope: Scope::Library,
        door: "onderwijsspecialist, POI of externe scholingsorganisatie voor leesconsulenten",
        overview_door: "Onderwijsspecialist, POI of externe scholingspartner",
        overview_result: "Leesconsulenten zijn toegerust voor nieuwe taken conform competentieprofiel",
        doel: &[Block::Paragraph(
            "Het uitvoeren van het scholingsaanbod door het opleiden van de leesconsulenten.",
        )],
        resultaat: &[
            Block::Paragraph("Deelnemers die dit scholingstraject hebben doorlopen:"),
            Block::List(&[
                "voldoen aan het competentieprofiel leesconsulent voor ouderpartnerschap bij (voor)lezen (zie bijlage 1);",
                "hebben dezelfde basiskennis over ouderpartnerschap bij lezen;",
                "delen een visie;",
                "weten hoe zij ouderpartnerschap kunnen borgen binnen BoekStart in de kinderopvang en de Bibliotheek op school op de locaties die zij begeleiden;",
                "weten welke stappen zij hiertoe dienen te zetten richting scholen/voorschoolse instellingen;",
                "weten welke vaardigheden dit van hen vraagt en zijn hierin toegerust;",
                "voelen zich voldoende toegerust en zijn bereid om samen met scholen/voorschoolse instellingen te werken volgens deze visie en werkwijze;",
                "hebben nagedacht over hoe partnerschap met ouders is verankerd in de activiteiten die zij al aanbieden en hoe zij dit thema nog beter kunnen verankeren.",
            ]),
        ],
        extra: &[],
        question_lists: &[],
        examples: &[Example {
            id: "voorbeeld-den-bosch",
            title: "Voorbeeld Bibliotheek Den Bosch",
            body: &[Block::Paragraph(
                "In Den Bosch hebben de leesconsulenten een training gevolgd van Actief Ouderschap rond het thema partnerschap met ouders. Naast inzicht in waarom partnerschap met ouders zo belangrijk is en hoe je dit planmatig kunt vormgeven, hebben zij tips en werkwijzen opgedaan om aan de slag te gaan met ouderpartnerschap op de scholen waar zij actief zijn met de Bibliotheek op school. Veel van de leesconsulenten hebben al verzoeken liggen van de school om in een teambijeenkomst te komen vertellen over ouderpartnerschap en lezen. Na de bijeenkomst noemde een leesconsulent: “Ik voel nu nog meer de noodzaak om dit thema bij de scholen in te brengen. Het fijne is dat we nu ook allerlei handvatten hebben om hierover in gesprek te gaan met de school!”",
            )],
        }],
        tips: &[&[Block::Paragraph(
            "Denk ook alvast na over hoe de overige medewerkers van de Bibliotheek (zoals frontofficemedewerkers) mee kunnen in de ontwikkeling. Voorbeeld: Bibliotheek Helmond-Peel organiseerde, na scholing en coaching on the job van de leesconsulenten, een inspiratiesessie voor alle medewerkers van de Bibliotheek over ouderpartnerschap.",
        )]],
        footnotes: &[],
    },
    Step {
        id: "stap-7",
        number: 7,
        title: "Selecteren voorschoolse instellingen of scholen",
        short_title: "Selecteren instellingen/scholen",
        scope: Scope::Institution,
        door: "onderwijsspecialist en leesconsulent",
        overview_door: "Onderwijsspecialist en leesconsulent",
        overview_result: "Locaties gekozen waar gestart wordt",
        doel: &[Block::Paragraph(
            "De onderwijsspecialist en leesconsulent selecteren een locatie waar ‘ouders betrekken bij lezen’ kans van slagen heeft.",
        )],
        resultaat: &[Block::Paragraph(
            "Er is een keuze gemaakt op welke locaties de leesconsulenten gaan starten.",
        )],
        extra: &[Block::Paragraph(
            "De onderwijsspecialist en leesconsulent gaan na welke scholen/voorschoolse instellingen aan de slag willen en kunnen met een nieuwe of intensievere aanpak van ouderbetrokkenheid bij lezen. Zij gebruiken hiervoor de monitorresultaten en de leesplannen en de kennis en input van de leesconsulenten.",
        )],
        question_lists: &[QuestionList {
            id: "stap-7-indicatoren",
            title: "Er zijn een paar indicatoren voor deelnemende instellingen die de kans op een succesvolle samenwerking positief beïnvloeden",
            questions: &[
                Question {
                    id: "stap-7-indicator-a",
                    marker: "a",
                    text: "De school doet mee aan de Bibliotheek op school, de voorschoolse instelling doet mee aan BoekStart in de kinderopvang.",
                },
                Question {
                    id: "stap-7-indicator-b",
                    marker: "b",
                    text: "Er is al een rijke leesomgeving op de school/voorschoolse instelling zichtbaar: er is een leesplek, een actuele, aantrekkelijke collectie, een (school)bibliotheek. De school/voorschoolse instelling heeft een voorbeeldfunctie voor de ouders. Ze stralen uit: Wij vinden lezen belangrijk. Wij gaan voorlezen!",
                },
                Question {
                    id: "stap-7-indicator-c",
                    marker: "c",
                    text: "De school/voorschoolse instelling heeft de intentie om ouders (meer) te betrekken bij de leesopvoeding thuis.",
                },
                Question {
                    id: "stap-7-indicator-d",
                    marker: "d",
                    text: "De school/voorschoolse instelling vindt ouderbetrokkenheid essentieel en heeft hiervoor beleid ontwikkeld.",
                },
                Question {
                    id: "stap-7-indicator-e",
                    marker: "e",
                    text: "Uit monitorresultaten en voorleesplan blijkt dat er behoefte en interesse is.",
                },
            ],
        }],
        examples: &[],
        tips: &[
            &[Block::Paragraph(
                "De Bibliotheek kan ook een themabijeenkomst organiseren voor scholen/voorschoolse instellingen. Daar wordt het thema ‘ouderpartnerschap’ toegelicht en de vraag voorgelegd of men samen wil optrekken om dit tot een succes te maken. Scholen/voorschoolse instellingen die hier graag mee verder willen, kunnen dat aangeven. Ook bij een dergelijke bijeenkomst kan Actief Ouderschap een rol spelen.",
            )],
            &[Block::Paragraph(
                "Is er al sprake van een goede aanpak van ouderbetrokkenheid op school/voorschoolse instelling, waarbij ouders partners zijn? Dat helpt om bij de invoering van BoekStart in de kinderopvang en de Bibliotheek op school meteen samen met ouders op te trekken. Een voordeel is dat ouders zich mede-eigenaar kunnen voelen van de aanpak de Bibliotheek op school/BoekStart in de kinderopvang en dit niet zien als iets waar zij buiten staan.",
            )],
        ],
        footnotes: &[],
    },
    Step {
        id: "stap-8",
        number: 8,
        title: "Contact leggen met voorschoolse instelling of school over ouderpartnerschap",
        short_title: "Contact leggen met instelling of school",
        scope: Scope::Institution,
        door: "onderwijsspecialist",
        overview_door: "Onderwijsspecialist",
        overview_result: "Afspraak met schooldirecteur en leescoördinator over ouderpartnerschap",
        doel: &[Block::Paragraph(
            "De onderwijsspecialist maakt een afspraak (met de directeur) voor een overleg op school of bij de voorschoolse instelling.",
        )],
        resultaat: &[Block::Paragraph(
            "Er is een afspraak gepland voor een gesprek met directeur, VVE-coördinator en (voor)leescoördinator.",
        )],
        extra: &[Block::Paragraph(
            "De onderwijsspecialist belt/mailt de directeur van de school/voorschoolse instelling om aan te geven dat de bibliotheek graag wil (door)praten over het verstevigen van de rol van ouders bij het lezen thuis. De onderwijsspecialist noemt eventueel de aanleiding voor de vraag (gegevens uit de monitor, voornemens uit het (voor)leesplan, vragen uit het team). Hij zorgt dat bij dit overleg alle belangrijke partners gelijk samen aan tafel zitten.",
        )],
        question_lists: &[],
        examples: &[],
        tips: &[],
        footnotes: &[],
    },
    Step {
        id: "stap-9",
        number: 9,
        title: "Startgesprek voeren op voorschoolse instelling of school",
        short_title: "Startgesprek voeren op instelling of school",
        scope: Scope::Institution,
        door: "onderwijsspecialist en leesconsulent",
        overview_door: "Onderwijsspecialist, leesconsulent",
        overview_result: "School wil aan de slag en vervolgafspraken",
        doel: &[Block::Paragraph(
            "De onderwijsspecialist informeert en motiveert de school/voorschoolse instelling, en inventariseert de wensen en mogelijkheden. Bij dit gesprek zijn aanwezig: directie/manager, onderwijsspecialist, leesconsulent, (voor)leescoördinator. Onderwerp van gesprek is het versterken van de rol van de ouders bij de taal- en leesontwikkeling. Zie bijlage 5 voor een gespreksleidraad.",
        )],
        resultaat: &[
            Block::Paragraph(
                "De school/voorschoolse instelling besluit om met ouderpartnerschap aan de slag te gaan. Er komt een vervolgafspraak om doelen te stellen en concrete plannen te maken.",
            ),
            Block::Paragraph(
                "Is er geen (kans op) overeenstemming, kies dan een andere school/voorschoolse instelling om met dit thema aan de slag te gaan (zie stap 7).",
            ),
        ],
        extra: &[],
        question_lists: &[],
        examples: &[],
        tips: &[],
        footnotes: &[],
    },
    Step {
        id: "stap-10",
        number: 10,
        title: "Verdiepend gesprek voeren op voorschoolse instelling of school",
        short_title: "Verdiepend gesprek voeren op instelling of school",
        scope: Scope::Institution,
        door: "onderwijsspecialist en leesconsulent",
        overview_door: "Onderwijsspecialist, leesconsulent",
        overview_result: "Werkafspraken over doelen en komen tot activiteiten",
        doel: &[Block::Paragraph(
            "De onderwijsspecialist of leesconsulent maakt werkafspraken met de directeur en leescoördinator over het inplannen van doelen en activiteiten, eventueel over het oprichten van een leesteam. Bij voorkeur zijn ook enkele ouders aanwezig bij dit verdiepende gesprek.",
        )],
        resultaat: &[Block::Paragraph(
            "Er zijn afspraken vastgelegd die antwoord geven op de volgende vragen.",
        )],
        extra: &[
            Block::Paragraph(
                "De onderwijsspecialist of leesconsulent neemt door welke activiteiten er al plaatsvinden op de school/voorschoolse instelling rondom lezen. Hoe is partnerschap met ouders hierin geborgd? Hoe wordt gezorgd voor borging van ouderpartnerschap in de activiteiten, in aansluiting op de wensen en verwachtingen en mogelijkheden van ouders? Zie bijlage 6 projecten- en activiteitenoverzicht.",
            ),
            Block::Paragraph(
                "De onderwijsspecialist of leesconsulent zorgt voor inhoudelijke aansluiting op het leesplan van de school en het voorleesplan van de voorschoolse voorziening, voor zover ze dat hebben.",
            ),
            Block::Paragraph(
                "Om ervoor te zorgen dat de activiteiten goed aansluiten op de wensen en mogelijkheden van ouders rond leesplezier en taal-leesontwikkeling, is het belangrijk hierover met hen in gesprek te gaan. Dat kan de school/voorschoolse instelling op veel manieren en momenten doen. Als het gaat om groepsgerichte activiteiten, is het belangrijk zicht te hebben op wensen en verwachtingen van de ouders van de groep. De school kan ouders per groep of bouw uitnodigen, waarbij in kleinere groepen met elkaar gesproken wordt onder leiding van gespreksleiders (zie bijlage 5). De opbrengst van deze gesprekken kan gebruikt worden om met het leesteam activiteiten uit te werken.",
            ),
            Block::Paragraph(
                "Als het gaat om partnerschap met individuele ouders, kan de pedagogisch medewerker of leerkracht bijvoorbeeld tijdens een intakegesprek of voortgangsgesprek met ouders praten over hun wensen en verwachtingen rond lezen. Er kunnen dan meteen afspraken gemaakt worden over hoe ouder en pedagogisch medewerker of leerkracht als partners kunnen optrekken in leesplezier en taal-leesontwikkeling van het kind.",
            ),
            Block::Paragraph(
                "Bij het in gesprek gaan over wensen en verwachtingen is het belangrijk het gesprek altijd positief in te steken, vanuit het kind.",
            ),
            Block::Questions(&STAP_10_WENSEN_OUDERS),
            Block::Paragraph(
                "Goed luisteren is hierbij erg belangrijk. Houd ook de voorwaarden voor partnerschap goed in gedachten (zie bijlage 2).",
            ),
            Block::Paragraph(
                "Let op: Ook bij groepsgerichte activiteiten is het belangrijk te beseffen dat iedere ouder andere wensen, verwachtingen en mogelijkheden heeft en van daaruit samenwerking te zoeken.",
            ),
        ],
        question_lists: &[QuestionList {
            id: "stap-10-afspraken",
            title: "Er zijn afspraken vastgelegd die antwoord geven op de volgende vragen",
            questions: &[
                Question {
                    id: "stap-10-afspraak-team",
                    marker: "",
                    text: "Hoe wordt het leerkrachtenteam meegenomen in de ontwikkelingen?",
                },
                Question {
                    id: "stap-10-afspraak-gesprekken-ouders",
                    marker: "",
                    text: "Hoe gaan leerkrachten met ouders in gesprek over wensen en verwachtingen rondom leesplezier en taal-leesontwikkeling?",
                },
                Question {
                    id: "stap-10-afspraak-bestaande-activiteiten",
                    marker: "",
                    text: "Hoe verankert het team ouderpartnerschap in de bestaande activiteiten?",
                },
                Question {
                    id: "stap-10-afspraak-leesconsulent",
                    marker: "",
                    text: "Hoe verankert de leesconsulent ouderpartnerschap in de Bibliotheek op school en BoekStart in de kinderopvang? Bijvoorbeeld via een leesteam.",
                },
            ],
        }],
        examples: &[],
        tips: &[],
        footnotes: &[],
    },
    Step {
        id: "stap-11",
        number: 11,
        title: "Opstellen en uitvoeren activiteitenprogramma ouderpartnerschap",
        short_title: "Opstellen en uitvoeren activiteitenprogramma",
        scope: Scope::Institution,
        door: "leescoördinator en leesconsulent, eventueel in samenspraak met het leesteam",
        overview_door: "Leesconsulent",
        overview_result: "Uitgewerkt programma van activiteiten en uitvoering",
        doel: &[Block::Paragraph(
            "De leescoördinator en leesconsulent zetten afspraken om in concrete activiteiten en voeren deze uit. De activiteiten sluiten aan op de wensen, verwachtingen en mogelijkheden van ouders.",
        )],
        resultaat: &[Block::Paragraph(
            "Er ligt een activiteitenplan dat tijdens de teamvergadering en door de ouderraad/medezeggenschapsraad besproken kan worden. Na goedkeuring voeren de leescoördinator en de leesconsulent het plan uit.",
        )],
        extra: &[Block::Paragraph(
            "Er wordt een activiteitenplan gemaakt waarin beschreven staat wie wat gaat doen, wanneer, op welke manier en met welk doel. Dit activiteitenplan wordt toegevoegd aan het leesplan op www.leesplan.nl. De activiteit kan een groep betreffen of de hele school/voorschoolse instelling. Voor het maken van het activiteitenplan kan het activiteitenoverzicht (zie bijlage 8) behulpzaam zijn. Sommige voornemens (deelname aan projecten als de VoorleesExpress, Verteltassen of VVE-thuis) vragen een langere voorbereidingstijd en een financiële investering en worden eventueel op de lange termijn gerealiseerd.",
        )],
        question_lists: &[],
        examples: &[Example {
            id: "voorbeeld-almere",
            title: "Voorbeeld basisschool Drieluik Almere",
            body: &[Block::Paragraph(
                "Basisschool Drieluik in Almere organiseerde samen met onder meer de Bibliotheek een avond over lezen thuis voor ouders in de onderbouw. Ouders gingen in gesprek met leerkrachten en bibliotheekmedewerkers over lezen thuis. Wat verwachten we van elkaar, wat gaat goed, waar lopen we tegenaan en welke wensen hebben we? Op een inspiratiemarkt deden ouders en leerkrachten tips en voorbeelden op rondom spelenderwijs lezen thuis. Ook wisselden zij tal van ervaringen uit. Mag je ook lezen in je thuistaal? Hoe kies je een leuk boek om samen te lezen? Het leesteam met enkele ouders, leerkrachten en een bibliotheekmedewerker, ging verder met de uitwerking van de ideeën die voortkwamen uit de avond in een activiteitenplan, dat past binnen het leesplan van de Bibliotheek op school. De gemeente Almere investeert al langere tijd in verstevigen van partnerschap met ouders vanuit de Onderwijsimpuls, VVE en onderwijsachterstandenbeleid. De Bibliotheek borgt partnerschap met ouders in haar begeleiding rond de Bibliotheek op school.",
            )],
        }],
        tips: &[&[Block::List(&[
            "Luister goed naar wat er al gedaan wordt en goed gaat. Sluit hierop aan. Houd het klein en ga voor laaghangend fruit. Je kunt niet alles tegelijk doen.",
            "Is er bijvoorbeeld in groep 3 een informatieavond over lezen, waarbij de leesconsulent een toelichting geeft over lezen, ga dan daar in gesprek met ouders en leerkracht over wensen, verwachtingen en mogelijkheden van ouders om met hun kind thuis te lezen of voor te lezen en sluit daar op aan. Weten ouders wat de school/voorschoolse instelling van hen verwacht? Wat verwachten zij van school/voorschoolse instelling? Waar lopen ze tegenaan als het gaat om lezen thuis en hoe kunnen school/voorschoolse instelling en ouder elkaar daarin helpen? Bedenk dat iedere ouder anders is. Hebben ouders ook tips voor elkaar? En bedenk met de leerkracht hoe jullie ervoor gaan zorgen dat alle ouders komen op die avond en zich welkom voelen.",
            "Zie voor inspiratie Kwestie van lezen deel 8 – Ouders betrekken bij (voor)lezen (zie de toolkit op debibliotheekopschool.nl) en de folder Ouders inspireren bij voorlezen en taalontwikkeling van Actief Ouderschap.",
        ])]],
        footnotes: &[],
    },
    Step {
        id: "stap-12",
        number: 12,
        title: "Evalueren en borgen",
        short_title: "Evalueren en borgen",
        scope: Scope::Institution,
        door: "onderwijsspecialist",
        overview_door: "Onderwijsspecialist",
        overview_result: "Evaluatie, bijstelling en borging ouderpartnerschap bij de Bibliotheek op school en BoekStart in de kinderopvang.",
        doel: &[Block::Paragraph(
            "De onderwijsspecialist stelt met de verschillende betrokkenen vast of de activiteiten zijn uitgevoerd en de beoogde doelen zijn behaald.",
        )],
        resultaat: &[
            Block::Paragraph(
                "Op verschillende niveaus vindt evaluatie plaats. De onderwijsspecialist heeft regelmatig een voortgangsoverleg ouderpartnerschap op managementniveau binnen de Bibliotheek. Daarnaast is er regelmatig een voortgangsoverleg met de gemeente als opdrachtgever.",
            ),
            Block::Paragraph(
                "De onderwijsspecialist evalueert ouderpartnerschap regelmatig tijdens teamoverleggen met de leesconsulenten. Op basis daarvan wordt bijgestuurd, verbreed en verdiept. De monitor speelt hierbij een belangrijke rol.",
            ),
            Block::Paragraph(
                "Twee maal per jaar overlegt de onderwijsspecialist met de leescoördinator en de directeur/manager van de school/voorschoolse instelling over het verloop van de activiteiten, gekoppeld aan de monitor en het leesplan of voorleesplan.",
            ),
        ],
        extra: &[],
        question_lists: &[],
        examples: &[],
        tips: &[&[Block::Paragraph(
            "Informeer de gemeente als opdrachtgever en eventueel belangrijke partners zodra er mooie resultaten worden gehaald, zoals een goedbezochte avond met enthousiaste ouders, of een uitstapje met ouders naar de bibliotheek. Nodig hen eventueel uit om te komen kijken. Maak foto’s en filmpjes van activiteiten.",
        )]],
        footnotes: &[],
    },
];
