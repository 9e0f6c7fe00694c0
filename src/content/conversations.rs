//! Bijlage 5 of the guide: the conversation guide for the visit to a pre-school institution
//! and/or school about parent partnership.

use super::{Audience, Block, ConversationGuide, Explanation, GuidePart, GuideQuestion, Question};

/// Bijlage 5: “Leidraad voor gesprek op voorschoolse instelling/school over ouderpartnerschap”.
pub static BIJLAGE_5: ConversationGuide = ConversationGuide {
    id: "bijlage-5",
    title: "Leidraad voor gesprek op voorschoolse instelling/school over ouderpartnerschap",
    intro: &[Block::Paragraph(
        "Deze gespreksleidraad is erop gericht dat zowel de voorschoolse instelling als school tijdens het gesprek aanwezig zijn. Is één van de partijen niet aanwezig dan kan de leidraad uiteraard in aangepaste vorm gebruikt worden. De leidraad kan benut worden in stap 9, 10 en 11 uit het stappenplan.",
    )],
    preparation: &[
        Question {
            id: "bijlage-5-voorbereiding-1",
            marker: "",
            text: "Onderzoek via de website van de voorschoolse instelling en de school of er specifieke leesactiviteiten worden beschreven.",
        },
        Question {
            id: "bijlage-5-voorbereiding-2",
            marker: "",
            text: "Welke communicatie gebruikt de voorschoolse instelling of school om ouders te informeren? (bijvoorbeeld nieuwsbrief, digi-duif, ouderbijeenkomsten, inloop, etc.)",
        },
        Question {
            id: "bijlage-5-voorbereiding-3",
            marker: "",
            text: "Welke leesactiviteiten worden in de schoolgids genoemd? (bijv. voorleesmoeders/vaders, boekenclub, etc.)",
        },
        Question {
            id: "bijlage-5-voorbereiding-4",
            marker: "",
            text: "Wat doet de voorschoolse voorziening met BoekStart in de kinderopvang?",
        },
        Question {
            id: "bijlage-5-voorbereiding-5",
            marker: "",
            text: "Maakt de school gebruik van de Bibliotheek op school?",
        },
        Question {
            id: "bijlage-5-voorbereiding-6",
            marker: "",
            text: "Wat zijn de opmerkelijke/belangrijke gegevens uit de monitor? Denk bijvoorbeeld aan leesgedrag van leerkrachten en ouders, en uitleencijfers.",
        },
        Question {
            id: "bijlage-5-voorbereiding-7",
            marker: "",
            text: "Wat staat in het meest recente (voor)leesplan over ouderbetrokkenheid?",
        },
        Question {
            id: "bijlage-5-voorbereiding-8",
            marker: "",
            text: "Wat is verder te vertellen over de samenwerking van de school m.b.t. leesbevordering en ouderbetrokkenheid?",
        },
    ],
    explanation: &[
        Explanation {
            id: "bijlage-5-waarom-gesprek",
            title: "Waarom het gesprek?",
            body: &[Block::Paragraph(
                "Inzicht krijgen in wat de mogelijkheden zijn om de samenwerking te verstevigen en welke rol de bibliotheek kan spelen bij ouderpartnerschap en lezen op de school. (Bibliotheek weet veel van lezen en ouderpartnerschap – school weet veel van kind en onderwijs > samen nadenken over hoe de kansen van kinderen kunnen worden vergroot). Voor alle partijen is het goed om te horen wat er al gedaan wordt rond ouderpartnerschap en lezen, om vervolgens te kijken wat er nog beter kan en hoe de bibliotheek daarbij kan helpen.",
            )],
        },
        Explanation {
            id: "bijlage-5-waarom-ouderpartnerschap",
            title: "Waarom ouderpartnerschap?",
            body: &[
                Block::Paragraph(
                    "Ouderbetrokkenheid is een belangrijk speerpunt in zowel de voorschoolse instelling als op de school. Ouders hebben veel invloed op de ontwikkeling van hun kind. De bibliotheek kan voorschoolse instellingen en scholen ondersteunen bij activiteiten voor en met ouders en zo samen met school het leesplezier en de taal-leesontwikkeling van kinderen stimuleren.",
                ),
                Block::Paragraph(
                    "De bibliotheek wil door samenwerken het (voor)lezen stimuleren en de betrokkenheid van ouders bij het (voor)lezen bevorderen zodat kinderen ‘enthousiaste lezers’ worden. Door de samenwerking tussen school/voorschoolse instelling en bibliotheek te versterken vergroten de kansen voor de kinderen.",
                ),
                Block::Paragraph("Samen werken ten behoeve van het kind:"),
                Block::List(&[
                    "Elkaar versterken bij het leesplezier en de taal-leesontwikkeling van kinderen",
                    "Elkaar versterken in samenwerking met ouders",
                    "Doorgaande lijn: BoekStart 0>4 de Bibliotheek op school",
                ]),
            ],
        },
        Explanation {
            id: "bijlage-5-bereiken",
            title: "Wat we door samenwerking willen bereiken",
            body: &[
                Block::Paragraph(
                    "Plezier in lezen voor alle kinderen door samen met ouders in te zetten op:",
                ),
                Block::List(&[
                    "Leesmotivatie",
                    "Leesgedrag",
                    "Leengedrag",
                    "Leescultuur thuis",
                    "Leesbevorderend gedrag van leerkrachten en pedagogisch medewerkers",
                    "Informatievaardigheden in de voorschoolse instelling of school",
                ]),
            ],
        },
    ],
    parts: &[
        GuidePart {
            id: "bijlage-5-afstemming",
            title: "Vragen t.b.v. afstemming",
            audience: Audience::All,
            questions: &[GuideQuestion {
                id: "bijlage-5-afstemming-1",
                marker: "",
                text: "Is het voor de school duidelijk waarom de bibliotheek met hen wil samenwerken?",
                sub_questions: &[],
                remark: &[],
                to_planning: false,
            }],
        },
        GuidePart {
            id: "bijlage-5-school",
            title: "Vragen met betrekking tot de huidige praktijk, wat gebeurt er al en hoe gaat dat?",
            audience: Audience::School,
            questions: &[
                GuideQuestion {
                    id: "bijlage-5-school-a",
                    marker: "a",
                    text: "Heeft de school inzicht in hoe ouders tegenover lezen staan? (Zijn er veel laaggeletterde ouders?)",
                    sub_questions: &[],
                    remark: &[],
                    to_planning: false,
                },
                GuideQuestion {
                    id: "bijlage-5-school-b",
                    marker: "b",
                    text: "Is bekend hoe ouders de (school)bibliotheek ervaren?",
                    sub_questions: &[
                        Question {
                            id: "bijlage-5-school-b-1",
                            marker: "a",
                            text: "Is er een enthousiaste groep ouders die de school bibliotheek runnen?",
                        },
                        Question {
                            id: "bijlage-5-school-b-2",
                            marker: "b",
                            text: "Worden er veel boeken uitgeleend? Mogen ze mee naar huis?",
                        },
                    ],
                    remark: &[],
                    to_planning: false,
                },
                GuideQuestion {
                    id: "bijlage-5-school-c",
                    marker: "c",
                    text: "Zijn er activiteiten waarbij kinderen opdrachten voor thuis met betrekking tot lezen meekrijgen?",
                    sub_questions: &[
                        Question {
                            id: "bijlage-5-school-c-1",
                            marker: "a",
                            text: "Wat verwacht de school hierbij van de ouders?",
                        },
                        Question {
                            id: "bijlage-5-school-c-2",
                            marker: "b",
                            text: "Zijn de ouders hiervan voldoende op de hoogte? (Zo ja, wat doet de school om ouders te betrekken?)",
                        },
                    ],
                    remark: &[],
                    to_planning: false,
                },
                GuideQuestion {
                    id: "bijlage-5-school-d",
                    marker: "d",
                    text: "Wat zet de school in om het lezen bij de ouders onder de aandacht te brengen en te stimuleren?",
                    sub_questions: &[],
                    remark: &[],
                    to_planning: false,
                },
                GuideQuestion {
                    id: "bijlage-5-school-e",
                    marker: "e",
                    text: "Wat doet de school (welke activiteiten) om ouders te betrekken bij het lezen van hun kind?",
                    sub_questions: &[
                        Question {
                            id: "bijlage-5-school-e-1",
                            marker: "a",
                            text: "Wat gaat goed?",
                        },
                        Question {
                            id: "bijlage-5-school-e-2",
                            marker: "b",
                            text: "Waar heeft de (voor)school behoefte aan?",
                        },
                    ],
                    remark: &[],
                    to_planning: false,
                },
                GuideQuestion {
                    id: "bijlage-5-school-f",
                    marker: "f",
                    text: "Wat motiveert de school om samen met de bibliotheek te werken aan ouderbetrokkenheid?",
                    sub_questions: &[],
                    remark: &[],
                    to_planning: false,
                },
                GuideQuestion {
                    id: "bijlage-5-school-g",
                    marker: "g",
                    text: "Hoe ziet de school de samenwerking verder? Welke afspraken kunnen nu worden gemaakt?",
                    sub_questions: &[],
                    remark: &[],
                    to_planning: true,
                },
            ],
        },
        GuidePart {
            id: "bijlage-5-voorschool",
            title: "Specifiek vragen voor de voorschoolse instelling",
            audience: Audience::Preschool,
            questions: &[
                GuideQuestion {
                    id: "bijlage-5-voorschool-a",
                    marker: "a",
                    text: "Heeft de voorschoolse instelling inzicht in hoe ouders tegenover lezen staan? (zijn er veel laaggeletterde ouders?)",
                    sub_questions: &[],
                    remark: &[],
                    to_planning: false,
                },
                GuideQuestion {
                    id: "bijlage-5-voorschool-b",
                    marker: "b",
                    text: "Wat zet de voorschoolse instelling in om het voorlezen bij de ouders onder de aandacht te brengen en te stimuleren?",
                    sub_questions: &[],
                    remark: &[],
                    to_planning: false,
                },
                GuideQuestion {
                    id: "bijlage-5-voorschool-c",
                    marker: "c",
                    text: "In hoeverre is er aandacht voor lezen en de verwachtingen van ouders?",
                    sub_questions: &[],
                    remark: &[],
                    to_planning: false,
                },
                GuideQuestion {
                    id: "bijlage-5-voorschool-d",
                    marker: "d",
                    text: "Werken de school en voorschoolse instelling samen aan ouderbetrokkenheid? Zo nee, hoe komt dit? Zo ja, wat wordt samen ondernomen?",
                    sub_questions: &[],
                    remark: &[],
                    to_planning: false,
                },
                GuideQuestion {
                    id: "bijlage-5-voorschool-e",
                    marker: "e",
                    text: "Welke gezamenlijke (voor)lees-activiteiten zijn er waarbij ook ouders betrokken zijn?",
                    sub_questions: &[],
                    remark: &[Block::Paragraph(
                        "Indien deze nog niet plaatsvinden voorstel doen bijvoorbeeld: Naar aanleiding van het gesprek wordt bekeken of in samenwerking met de bibliotheek een gezamenlijke activiteit georganiseerd kan worden. (Zoals tijdens de themadagen een ‘museumroute’ maken waarbij aandacht is voor boeken en voorlezen. Of ouders met hun kinderen uitnodigen om te komen kijken tijdens een voorleesactiviteit in groep 1 / 2. (Doel: Ouders laten zien dat je door het lezen van een boek leuke andere activiteiten kunt doen).",
                    )],
                    to_planning: false,
                },
                GuideQuestion {
                    id: "bijlage-5-voorschool-f",
                    marker: "f",
                    text: "Is er beleid op de doorgaande lijn? (Is het mogelijk om het voorleesplan en het leesplan op een aantal punten op elkaar af te stemmen t.b.v. de doorgaande lijn?)",
                    sub_questions: &[],
                    remark: &[Block::Paragraph(
                        "Onderzoeken van de mogelijkheid van een soort voorleesBeer voor groep 1-2 zoals op de voorschoolse voorziening.",
                    )],
                    to_planning: false,
                },
                GuideQuestion {
                    id: "bijlage-5-voorschool-g",
                    marker: "g",
                    text: "Voorstellen verder te ‘onderzoeken’ op welke punten afstemming in de doorgaande lijn mogelijk is. Voorstel om ook de peuters en hun ouders 2x in het jaar de kinderen op te halen in de bibliotheek (eventueel koppelen aan voorleesactiviteit en/of informatie voor ouders over boeken en voorlezen).",
                    sub_questions: &[],
                    remark: &[],
                    to_planning: false,
                },
                GuideQuestion {
                    id: "bijlage-5-voorschool-h",
                    marker: "h",
                    text: "Hoe ziet de voorschoolse instelling de samenwerking verder? Welke afspraken kunnen nu worden gemaakt?",
                    sub_questions: &[],
                    remark: &[],
                    to_planning: true,
                },
            ],
        },
    ],
};
