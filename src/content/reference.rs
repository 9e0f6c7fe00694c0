//! The guide's reference pages (Naslag): the introduction and Bijlagen 1–4, and the
//! competences of Bijlage 1 as a self-assessment checklist.

use super::{Block, Question, ReferencePage, ReferenceSection};

/// The competences of the reading consultant (Bijlage 1, “Competenties”), one item each.
pub static COMPETENCES: [Question; 9] = [
    Question {
        id: "competentie-1",
        marker: "",
        text: "Heeft vaardigheden om het belang van ouderpartnerschap toe te lichten (bij ouders en professionals).",
    },
    Question {
        id: "competentie-2",
        marker: "",
        text: "Onderneemt actie om ouderpartnerschap op de agenda te zetten bij de samenwerkingspartners (voorschoolse instellingen en scholen).",
    },
    Question {
        id: "competentie-3",
        marker: "",
        text: "Kan behoeften in kaart brengen (wat is nodig en wat adviseer je?)",
    },
    Question {
        id: "competentie-4",
        marker: "",
        text: "Is besluitvaardig in het aangaan van een samenwerkingsrelatie met de professionals.",
    },
    Question {
        id: "competentie-5",
        marker: "",
        text: "Geeft sturing aan de processen die van belang zijn om ouderpartnerschap op de agenda te houden.",
    },
    Question {
        id: "competentie-6",
        marker: "",
        text: "Is in staat zich een goed beeld te vormen van de behoeften van ouders.",
    },
    Question {
        id: "competentie-7",
        marker: "",
        text: "Biedt begeleidingsmogelijkheden aan en stuurt aan deze op te nemen in het leesplan (inzicht in welke acties, tijd en middelen nodig zijn om bepaalde doelen te bereiken).",
    },
    Question {
        id: "competentie-8",
        marker: "",
        text: "Is creatief in het bedenken van oplossingen om het belang van ouderpartnerschap bij lezen onder de aandacht te brengen.",
    },
    Question {
        id: "competentie-9",
        marker: "",
        text: "Kan vragen vertalen naar mogelijke oplossingen.",
    },
];

/// The introduction and Bijlagen 1–4, in the guide's order.
pub static INLEIDING: ReferencePage = ReferencePage {
    id: "inleiding",
    title: "Waarom investeren in een planmatige aanpak voor partnerschap met ouders?",
    sections: &[
        ReferenceSection {
            id: "inleiding-opening",
            title: "Ouderpartnerschap en lezen",
            body: &[
                Block::Paragraph(
                    "Een stappenplan voor Bibliotheken die werken met BoekStart in de Kinderopvang en de Bibliotheek op school.",
                ),
                Block::Paragraph(
                    "De bibliotheek streeft ernaar het leesplezier en de taal- en leesontwikkeling bij kinderen te verbeteren. Ouders zijn hierin een onmisbare partner.",
                ),
                Block::Paragraph(
                    "Dit stappenplan hebben we geschreven voor de onderwijsspecialist die ouderpartnerschap planmatig wil verankeren binnen de bibliotheek en de programma’s BoekStart in de kinderopvang en de Bibliotheek op school. Dit is een vernieuwde versie van het eerder verschenen stappenplan uit 2015. Ervaringen van bibliotheken uit pilotregio’s en nieuwe inzichten hebben we hierin verwerkt.",
                ),
                Block::Paragraph(
                    "We spreken bewust over ouderpartnerschap en niet over ouderbetrokkenheid of ouderparticipatie. Partnerschap gaat over gelijkwaardige samenwerking tussen ouders en professionals ten behoeve van het kind, ieder vanuit zijn eigen rol en verantwoordelijkheid. Ouderbetrokkenheid of ouderparticipatie is een term die van oudsher gebruikt wordt als het gaat om ouders ‘laten meedoen’ aan activiteiten die professionals voor hen bedacht hebben.",
                ),
                Block::Paragraph(
                    "Met het actieprogramma Tel mee met Taal geeft het kabinet Kunst van Lezen een extra financiële impuls om laaggeletterdheid bij kinderen te voorkomen en bij ouders te bestrijden. Het planmatig inzetten op ouderpartnerschap en het verbinden met het terrein laaggeletterdheid biedt veel mogelijkheden. Scholen en voorschoolse instellingen zijn een vertrouwde plaats voor laaggeletterde ouders. Er zijn al bibliotheken die al hun medewerkers hebben geschoold in ouderpartnerschap. Een bredere visie en planmatige aanpak rond ouderpartnerschap is dus nastrevenswaardig voor bibliotheken.",
                ),
            ],
        },
        ReferenceSection {
            id: "reden-1",
            title: "Reden 1",
            body: &[Block::Paragraph(
                "Ouders zijn een onmisbare partner in de leesopvoeding. De kans dat een kind uitgroeit tot lezer wordt vijf keer zo groot als ouders een actieve leesopvoeding voeren. Ter vergelijking: de invloed van een leerkracht maakt die kans slechts 1,5 keer zo groot.",
            )],
        },
        ReferenceSection {
            id: "reden-2",
            title: "Reden 2",
            body: &[Block::Paragraph(
                "Het formele leren, het leren op school, beslaat ongeveer 10% van de tijd van kinderen. Ze leren het meeste informeel, waarvan verreweg het meeste thuis. Niet voor alle ouders is het vanzelfsprekend hun kinderen te ondersteunen in hun taal- en leesontwikkeling.",
            )],
        },
        ReferenceSection {
            id: "reden-3",
            title: "Reden 3",
            body: &[Block::Paragraph(
                "Alle ouders kunnen met de juiste impuls hun kinderen ondersteunen in de taal- en leesontwikkeling. Bekend is dat zelf lezen, voorlezen, het praten over boeken, boeken cadeau geven en samen naar de bibliotheek gaan, kinderen stimuleert meer te gaan lezen. Ook laagtaalvaardige gezinnen kunnen bijvoorbeeld interesse tonen in het lezen van hun kinderen, samen naar de bibliotheek gaan of regelen dat hun kinderen worden voorgelezen. Wat past en hoe, hangt af van de behoeften en mogelijkheden van ouders en kan alleen met ouders samen worden verkend en afgesproken.",
            )],
        },
        ReferenceSection {
            id: "reden-4",
            title: "Reden 4",
            body: &[Block::Paragraph(
                "Een planmatige en gezamenlijke aanpak is effectief. Samenwerken met ouders bij de leesopvoeding vraagt tijd, geld, een goede voorbereiding én de inspanning van voorschoolse instelling, school, bibliotheek en gemeente samen. Losse, kortdurende projecten zijn leuk maar veranderen weinig aan het (voor)leesgedrag van ouders. Investeren in een langdurige vertrouwensrelatie (een ‘partnerschap met ouders’) en in een afstemming tussen de opvoeding en educatie thuis en op de voorschoolse instelling en school loont.",
            )],
        },
        ReferenceSection {
            id: "reden-5",
            title: "Reden 5",
            body: &[Block::Paragraph(
                "Onderwijsspecialisten en leesconsulenten zijn dé deskundigen op het gebied van media en leesontwikkeling. De pedagogisch medewerker of leerkracht heeft de sleutelrol naar ouders. Met andere woorden, bibliotheek en school/voorschoolse instelling vullen elkaar aan en hebben elkaar nodig. Ook gemeenten zijn onmisbaar. Gemeenten dienen te zorgen voor ouderbetrokkenheid binnen gemeentelijk beleid rond VVE en onderwijs. Steeds meer gemeenten maken geld vrij om partnerschap tussen ouders en kinderopvang/onderwijs planmatig te verstevigen. ‘Taalstimulering thuis’ waartoe ook leesbevordering behoort, is daarbij een belangrijk speerpunt.",
            )],
        },
        ReferenceSection {
            id: "acties-bibliotheek",
            title: "Om partnerschap met ouders te organiseren onderneemt de bibliotheek de volgende acties:",
            body: &[Block::List(&[
                "De bibliotheek verankert partnerschap met ouders in haar algehele beleid. Doel hiervan is het leesplezier en de taal-leesontwikkeling bij kinderen te vergroten.",
                "De bibliotheek gaat met gemeente en partners in gesprek om de verbinding te maken met gemeentelijk beleid (zoals vroeg- en voorschoolse educatie en laaggeletterdheid) en activiteiten van partnerorganisaties.",
                "De bibliotheek maakt partnerschap met ouders een belangrijk thema bij haar begeleiding van scholen/voorschoolse instellingen in het kader van BoekStart in de kinderopvang en de Bibliotheek op school.",
                "De bibliotheek leidt de onderwijsspecialisten en leesconsulenten op tot experts met kennis en vaardigheden die leerkrachten en pedagogisch medewerkers kunnen begeleiden om de samenwerking met ouders te verstevigen (zie competentieprofiel in bijlage 1).",
                "De onderwijsspecialisten en leesconsulenten begeleiden scholen/voorschoolse instellingen bij het verstevigen van partnerschap met ouders en activeren de scholen/voorschoolse instellingen om de ingezette activiteiten te verankeren in hun beleid.",
                "De bibliotheek hanteert in haar planmatige aanpak voor ouderpartnerschap vijf voorwaarden (zie bijlage 2) en sluit aan op de wensen, verwachtingen en mogelijkheden van ouders en professionals op de school/voorschoolse instelling.",
            ])],
        },
        ReferenceSection {
            id: "over-de-stappen",
            title: "Over de stappen",
            body: &[
                Block::Paragraph(
                    "We laten eerst een schema zien met de stappen die bij een planmatige aanpak horen, daarna lichten we de stappen kort toe. Uitgebreide informatie over de stappen en de praktische instrumenten, en de links naar bronnen hebben we in de bijlagen opgenomen.",
                ),
                Block::Paragraph(
                    "De bibliotheek hoeft de stappen niet per se op volgorde uit te voeren; deels gelijktijdig of in een andere volgorde kan ook, als dat beter uitkomt. Bij sommige stappen ligt de nadruk op activiteiten richting de gemeente als partner. Bij andere stappen ligt de nadruk op de interne organisatie in de bibliotheek of op de contacten die gelegd worden met scholen/voorschoolse instellingen en de activiteiten die daar uitgevoerd worden. Bij welke stap de bibliotheek ook begint, voor iedere stap moet uiteindelijk aandacht zijn.",
                ),
            ],
        },
        ReferenceSection {
            id: "inleiding-voetnoten",
            title: "Voetnoten",
            body: &[Block::List(&[
                "Waar we onderwijsspecialist schrijven, doelen we ook op educatief specialist of BoekStartcoördinator.",
                "Met Tel mee met Taal geeft het kabinet een extra impuls aan het bestrijden van laaggeletterdheid en het voorkomen hiervan. Het actieprogramma is een initiatief van de ministeries van OCW, SZW en VWS en diverse partners en loopt tot en met 2018.",
                "Het verhaal achter de lezer, C. Stalper (2007).",
            ])],
        },
    ],
};

pub static BIJLAGE_1: ReferencePage = ReferencePage {
    id: "bijlage-1",
    title: "Competentieprofiel leesconsulent m.b.t. ouderpartnerschap",
    sections: &[
        ReferenceSection {
            id: "bijlage-1-inleiding",
            title: "Inleiding",
            body: &[
                Block::Paragraph(
                    "Dit profiel is een aanvulling op het standaard functieprofiel voor de Bibliotheek op school zoals opgenomen in de toolkit.",
                ),
                Block::Paragraph(
                    "De leesconsulent is verantwoordelijk voor de begeleiding van de programma’s BoekStart in de kinderopvang en de Bibliotheek op school. Een belangrijk onderdeel hierbij is het partnerschap met ouders. Dit vraagt om bijzondere kennis en vaardigheden van de leesconsulent. In dit aanvullende profiel van de leesconsulent is daarom aandacht voor specifieke kwaliteiten zoals ouders actief betrekken bij leesbevorderende activiteiten en (voor)leescoördinatoren hierin stimuleren en ondersteunen.",
                ),
            ],
        },
        ReferenceSection {
            id: "bijlage-1-doel",
            title: "Doel van ouderpartnerschap",
            body: &[Block::List(&[
                "Het vergroten van de betrokkenheid van ouders met kinderen in de voorschoolse periode en basisschoolleeftijd bij de leesontwikkeling.",
                "Het bevorderen van contact tussen professionals van de voorschoolse instelling of school en ouders ten behoeve van het leesonderwijs.",
                "Het vergroten van (voor)leesvaardigheden en leesgedrag van ouders zodat zij een rol kunnen spelen bij het leesplezier en taal-leesontwikkeling van kinderen.",
                "Het mede organiseren en/of leiden van (voor)leesactiviteiten voor ouders.",
            ])],
        },
        ReferenceSection {
            id: "bijlage-1-taken",
            title: "Taken (taakomschrijving) met betrekking tot ouderpartnerschap",
            body: &[Block::List(&[
                "Ouderpartnerschap op de agenda van de voorschoolse instelling of school houden tijdens jaarlijks planningsgesprek met de (voor)leescoördinator.",
                "De professionals van voorschoolse instelling of school adviseren over diverse mogelijkheden om het (voor)lezen bij ouders onder de aandacht te brengen.",
                "Aandragen en mede organiseren van verschillende leesactiviteiten voor ouders, bijvoorbeeld themabijeenkomsten over ‘interactief voorlezen’ of over ‘vaders en voorlezen’.",
                "Zelfstandig leesbevorderingsactiviteiten voor ouders uitvoeren ((voor)leescoördinator, leerkracht of pedagogisch medewerker zijn zijdelings betrokken).",
                "Adviseren over het hoe en wat om kinderen thuis te kunnen begeleiden bij het lezen.",
                "Oog voor de samenwerking en afstemming tussen de voorschoolse instelling en school ten behoeve van de doorgaande lijn in ouderpartnerschap.",
            ])],
        },
        // The competences themselves are in `COMPETENCES`; the app renders them here.
        ReferenceSection {
            id: "bijlage-1-competenties",
            title: "Competenties",
            body: &[],
        },
    ],
};

pub static BIJLAGE_2: ReferencePage = ReferencePage {
    id: "bijlage-2",
    title: "Vijf voorwaarden voor succesvol partnerschap",
    sections: &[
        ReferenceSection {
            id: "voorwaarde-1",
            title: "Van start gaan",
            body: &[Block::Paragraph(
                "‘We hebben jou nodig!’ Dat is de eerste stap bij partnerschap. Benadruk bij ouders het gevoel dat hij of zij nodig is. Of ga in op het initiatief van de ander: ‘Wil jij iets? Ik doe mee!’",
            )],
        },
        ReferenceSection {
            id: "voorwaarde-2",
            title: "Voor elkaar kiezen",
            body: &[Block::Paragraph(
                "Partnerschap is een keuze en leg je niet op. Partners word je vrijwillig. Zeg dus niet tegen een ouder dat hij of zij mee moet doen.",
            )],
        },
        ReferenceSection {
            id: "voorwaarde-3",
            title: "Elkaar versterken",
            body: &[Block::Paragraph(
                "Partners hebben elk een eigen verantwoordelijkheid. Ze vullen elkaar aan. Partners zijn gelijkwaardig, maar niet gelijk. Er is duidelijkheid over ieders rol.",
            )],
        },
        ReferenceSection {
            id: "voorwaarde-4",
            title: "Samen gaan voor het kind",
            body: &[Block::Paragraph(
                "Partners zijn betrokken bij het kind. Ze hebben duidelijk in beeld van wat ze samen voor het kind willen bereiken.",
            )],
        },
        ReferenceSection {
            id: "voorwaarde-5",
            title: "Elkaar energie geven",
            body: &[
                Block::Paragraph(
                    "Partners delen ervaringen en successen met elkaar. Het partnerschap geeft energie, zelfvertrouwen en plezier.",
                ),
                Block::Paragraph("Bron: Actief Ouderschap"),
            ],
        },
    ],
};

pub static BIJLAGE_3: ReferencePage = ReferencePage {
    id: "bijlage-3",
    title: "‘Ouders betrekken bij lezen’ — samenvatting kinderopvang",
    sections: &[
        ReferenceSection {
            id: "bijlage-3-succesvolle-aanpak",
            title: "Wat is een succesvolle aanpak voor BoekStart in de kinderopvang?",
            body: &[
                Block::Paragraph(
                    "Als educatief of jeugdspecialist bij de bibliotheek heb je in het kader van BoekStart in de kinderopvang de taak om de kinderopvang te ondersteunen in de opzet van een rijke leesomgeving. Deze leesomgeving kenmerkt zich onder meer door een aantrekkelijke, actuele boekencollectie, een fijne (voor)leesplek en voldoende (voor)leestijd in alle groepen. Het erbij betrekken van ouders is een minder vanzelfsprekend onderdeel. Toch hoort dit thuis binnen de aanpak van BoekStart in de kinderopvang. Het zijn juist de ouders die grotendeels bepalen of kinderen lezers worden of niet. Reden genoeg om als bibliotheek – als de leesomgeving op poten staat – het onderwerp aan te kaarten bij de kinderopvang waar je mee samenwerkt.",
                ),
                Block::Paragraph(
                    "Op grond van onderzoek naar een effectieve leesopvoeding en mogelijke interventies (een aanpak voor thuis), weten we wat wel en niet werkt (meer informatie: Ouders betrekken bij lezen, Stichting Lezen, 2014). In de samenwerking tussen kinderopvang, scholen, bibliotheken en ouders zijn de volgende bevindingen een goede leidraad:",
                ),
            ],
        },
        ReferenceSection {
            id: "bijlage-3-groot-belang",
            title: "1. Ouders zijn van groot belang voor de leesopvoeding.",
            body: &[Block::Paragraph(
                "De kans dat een kind uitgroeit tot lezer wordt 5 keer zo groot als ouders een actieve leesopvoeding hanteren. Ter vergelijking: de invloed van een leerkracht maakt die kans slechts 1,5 keer zo groot, van vrienden 3,5 keer. Vaders lezen minder voor dan moeders en hebben nog meer stimulans nodig. (Stalpers, C. 2007, Het verhaal achter de lezer)",
            )],
        },
        ReferenceSection {
            id: "bijlage-3-kenmerken",
            title: "2. Een stimulerende leesopvoeding heeft meerdere kenmerken.",
            body: &[Block::List(&[
                "a. Het goede voorbeeld geven. Als ouders boeken, kranten en tijdschriften in huis hebben en zelf lezen, motiveert dit kinderen om ook te lezen.",
                "b. Voorlezen. Voorlezen als routine, op een vast moment en een vast tijdstip en blijven voorlezen als het kind zelf al kan lezen.",
                "c. Praten over boeken. Interesse tonen in wat een kind leest of het boekje dat een kind bekijkt, liefst door open vragen te stellen.",
                "d. Boeken cadeau geven. Het zelf hebben van boeken vergroot de betrokkenheid van kinderen bij boeken.",
                "e. Naar de bibliotheek en boekwinkel gaan. Kinderen leren het brede aanbod kennen, leren zelf boeken uitkiezen en hun eigen smaak ontwikkelen.",
            ])],
        },
        ReferenceSection {
            id: "bijlage-3-alle-ouders",
            title: "3. Alle ouders kunnen op hun eigen manier een bijdrage leveren aan een positieve leesopvoeding.",
            body: &[Block::Paragraph(
                "De leesbegeleiding is aanzienlijk belangrijker dan voorbeeldgedrag of boekbezit van ouders. Onder leesbegeleiding wordt verstaan: oprechte interesse in het leesgedrag van kinderen, voorlezen, boeken cadeau geven, boeken aanraden of helpen met kiezen en bespreken wat kinderen voorgelezen krijgen. Niet voor alle ouders is het kopen van boeken of het (voor)lezen ervan weggelegd. Financiële redenen en/of gebrek aan leesvaardigheid spelen hun parten. Door samen met kinderen naar de bibliotheek te gaan en door een positieve houding ten opzichte van lezen te tonen, kunnen ze toch bijdragen aan het leesklimaat thuis.",
            )],
        },
        ReferenceSection {
            id: "bijlage-3-thuis",
            title: "4. Ouderbetrokkenheid thuis is zinvol voor kinderen.",
            body: &[Block::Paragraph(
                "Indien ouders thuis activiteiten ondernemen met hun kinderen die aansluiten bij de doelen van voorschoolse programma’s, heeft dat een positief effect op leerprestaties en op niet-cognitieve aspecten, zoals motivatie, zelfwaardering en spijbelgedrag. Betrokkenheid bij de kinderopvang (medezeggenschap, ‘klusjes doen’) bleek over het algemeen geen aantoonbaar effect te hebben.",
            )],
        },
        ReferenceSection {
            id: "bijlage-3-elkaar-nodig",
            title: "5. Ouders en kinderopvang hebben elkaar nodig.",
            body: &[Block::Paragraph(
                "Ouders en kinderopvang zetten zich – ieder vanuit een eigen rol – in voor de ontwikkeling en het welbevinden van een kind. Hoe beter ouders en kinderopvang samenwerken en elkaar steunen, hoe zinvoller dit is voor kinderen.",
            )],
        },
        ReferenceSection {
            id: "bijlage-3-voorwaarden",
            title: "6. Een aanpak voor thuis is alleen onder bepaalde voorwaarden succesvol.",
            body: &[
                Block::List(&[
                    "a. Bij voorkeur jong beginnen en lang doorgaan. Wanneer ouders van baby’s en dreumesen al beginnen met boekjes en voorlezen (bijvoorbeeld door BoekStart in de kinderopvang), is dit later vanzelfsprekender.",
                    "b. Het versterken van de relatie tussen ouder en kind. Een interventie moet ouders de kans geven thuis op affectieve wijze zinvolle activiteiten met hun kind te ondernemen. Dwang en verplichting werken averechts.",
                    "c. Heel praktische en concrete tips en voorbeelden. Om hun kind thuis te ondersteunen, hebben ouders weinig aan alleen algemene informatie die geen rekening houdt met hun specifieke situatie (dus geen algemene brochures of ouderbijeenkomsten waarin vooral informatie wordt aangeboden).",
                    "d. Differentiëren. Ouders met een verschillende sociaal-economische status, anderstalige ouders en ouders van jonge en oudere kinderen kunnen baat hebben bij uiteenlopende interventies en bij een manier van instrueren die bij hen past. Sommige ouders ontgaat de boodschap op een drukke ouderavond en zij hebben bijvoorbeeld meer aan een ‘maatje’.",
                    "e. Om stigmatisering te vermijden is het goed ouders in te delen naar de mate waarin ze betrokken zijn bij lezen. Een driedeling kan daarbij behulpzaam zijn:",
                ]),
                Block::List(&[
                    "1. De leesouders. De echte leesouders die zelf veel lezen, boeken bezitten, vaak voorlezen ook als kinderen ouder zijn, de bibliotheek en (kinder)boekhandel bezoeken en met hun kinderen praten over boeken. Zij vinden voorlezen leuk en nuttig.",
                    "2. De aarzelende leesouders. Ouders die zelf niet zo veel lezen, geen of weinig boeken bezitten, (vrijwel) nooit naar de boekhandel of bibliotheek gaan, weleens lezen, en voorlezen met mate waarderen en nuttig vinden.",
                    "3. De niet-leesouders. Ouders die zelf niet (kunnen) lezen, nauwelijks of niet voorlezen en niet of onvoldoende (voor)leesvaardig zijn. Deze ouders lezen nooit, of minder dan één keer per maand voor aan hun kind(eren). Zij staan neutraal tegenover het nut van voorlezen of vinden voorlezen niet nuttig.",
                ]),
            ],
        },
        ReferenceSection {
            id: "bijlage-3-voorbeeld-simon",
            title: "Voorbeeld: praktische aanpak",
            body: &[Block::Paragraph(
                "Simon is een druk jongetje en is volgens zijn moeder niet geïnteresseerd in voorlezen. De pedagogisch medewerker heeft de moeder van Simon gevraagd het toch thuis te proberen. De moeder ziet dat niet zo zitten en het voorlezen schiet er steeds bij in. De pedagogisch medewerker besluit het anders aan te pakken en benadert de moeder opnieuw: ‘Simon vindt dit een mooi boek. Hij bladert er ook vaak zelf in. Kun je dat samen met hem uitlezen?’ Een week later vraagt ze Simons moeder bij het ophalen van Simon hoe het is gegaan. Het samen lezen was goed verlopen en de moeder van Simon wil er graag mee verder.",
            )],
        },
    ],
};

pub static BIJLAGE_4: ReferencePage = ReferencePage {
    id: "bijlage-4",
    title: "‘Ouders betrekken bij lezen’ — samenvatting primair onderwijs",
    sections: &[
        ReferenceSection {
            id: "bijlage-4-succesvolle-aanpak",
            title: "Wat is een succesvolle aanpak voor de Bibliotheek op school?",
            body: &[
                Block::Paragraph(
                    "Als leesconsulent en onderwijsspecialist binnen de Bibliotheek op school heb je de taak scholen te ondersteunen in de opzet van een rijke leesomgeving. Deze leesomgeving kenmerkt zich onder meer door een aantrekkelijke, actuele boekencollectie, een uitleensysteem en voldoende (voor)leestijd in alle groepen. Het erbij betrekken van ouders is een minder vanzelfsprekend onderdeel. Gezien het belang van ouderbetrokkenheid bij de leesopvoeding zal er ook vanuit de Bibliotheek op school meer aandacht voor gevraagd worden. Het zijn juist de ouders die grotendeels bepalen of kinderen lezers worden of niet. Reden genoeg om als bibliotheek – als de leesomgeving op poten staat – het onderwerp aan te kaarten bij de scholen waar je mee samenwerkt.",
                ),
                Block::Paragraph(
                    "Op grond van onderzoek naar een effectieve leesopvoeding en mogelijke interventies (een aanpak voor thuis), weten we wat wel en niet werkt (meer informatie: Ouders betrekken bij lezen, Stichting Lezen, 2014). In de samenwerking tussen scholen, bibliotheken en ouders zijn de volgende bevindingen een goede leidraad:",
                ),
            ],
        },
        ReferenceSection {
            id: "bijlage-4-groot-belang",
            title: "1. Ouders zijn van groot belang voor de leesopvoeding.",
            body: &[Block::Paragraph(
                "De kans dat een kind uitgroeit tot lezer wordt vijf keer zo groot als ouders een actieve leesopvoeding hanteren. Ter vergelijking: de invloed van een leerkracht maakt die kans slechts 1,5 keer zo groot, van vrienden 3,5 keer. Vaders lezen minder voor dan moeders en hebben nog meer stimulans nodig. (Stalper, C. 2007, Het verhaal achter de lezer)",
            )],
        },
        ReferenceSection {
            id: "bijlage-4-kenmerken",
            title: "2. Een stimulerende leesopvoeding heeft meerdere kenmerken.",
            body: &[Block::List(&[
                "a. Het goede voorbeeld geven. Als ouders boeken, kranten en tijdschriften in huis hebben en zelf lezen, motiveert dit kinderen om ook te lezen.",
                "b. Voorlezen. Voorlezen als routine, op een vast moment en een vast tijdstip en blijven voorlezen als het kind zelf al kan lezen.",
                "c. Praten over boeken. Interesse tonen in wat een kind leest of het boekje dat een kind bekijkt, liefst door open vragen te stellen.",
                "d. Boeken cadeau geven. Het zelf hebben van boeken vergroot de betrokkenheid van kinderen bij boeken.",
                "e. Naar de bibliotheek en boekwinkel gaan. Kinderen leren het brede aanbod kennen, leren zelf boeken uitkiezen en hun eigen smaak ontwikkelen. Voor de leesmotivatie is interesse belangrijker dan het AVI-niveau. En zonder leesmotivatie geen lezer.",
            ])],
        },
        ReferenceSection {
            id: "bijlage-4-alle-ouders",
            title: "3. Alle ouders kunnen op hun eigen manier een bijdrage leveren aan een positieve leesopvoeding.",
            body: &[Block::Paragraph(
                "De leesbegeleiding is aanzienlijk belangrijker dan voorbeeldgedrag of boekbezit van ouders. Onder leesbegeleiding wordt verstaan: oprechte interesse in het leesgedrag van kinderen, voorlezen, boeken cadeau geven, boeken aanraden of helpen met kiezen en bespreken wat kinderen lezen. Niet voor alle ouders is het kopen van boeken of het (voor)lezen ervan weggelegd. Financiële redenen en/of gebrek aan leesvaardigheid spelen hun parten. Door samen met kinderen naar de bibliotheek te gaan en door een positieve houding ten opzichte van lezen te tonen, kunnen deze ouders toch bijdragen aan het leesklimaat thuis.",
            )],
        },
        ReferenceSection {
            id: "bijlage-4-thuis",
            title: "4. Ouderbetrokkenheid thuis is zinvol voor kinderen, niet de ouderactiviteiten op school.",
            body: &[Block::Paragraph(
                "Indien ouders thuis activiteiten ondernemen met hun kinderen die aansluiten bij de doelen van school heeft dat een positief effect op leerprestaties en op niet-cognitieve aspecten, zoals motivatie, zelfwaardering en spijbelgedrag. Betrokkenheid bij de school (medezeggenschap, ‘klusjes doen’) bleek over het algemeen geen aantoonbaar effect te hebben.",
            )],
        },
        ReferenceSection {
            id: "bijlage-4-elkaar-nodig",
            title: "5. Ouders en school hebben elkaar nodig.",
            body: &[Block::Paragraph(
                "Ouders en school zetten zich – ieder vanuit een eigen rol – in voor de ontwikkeling en het welbevinden van het kind. Hoe beter ouders en school samen afspreken hoe ze elkaar daarin kunnen steunen, hoe zinvoller dit is voor kinderen.",
            )],
        },
        ReferenceSection {
            id: "bijlage-4-voorwaarden",
            title: "6. Een aanpak voor thuis is alleen onder bepaalde voorwaarden succesvol.",
            body: &[
                Block::List(&[
                    "1. Bij voorkeur jong beginnen en lang doorgaan. Wanneer ouders van baby’s en dreumesen al beginnen met boekjes en voorlezen (bijvoorbeeld door BoekStart in de kinderopvang) is dit later vanzelfsprekender.",
                    "2. Het versterken van de relatie tussen ouder en kind. Een interventie moet ouders de kans geven thuis op affectieve wijze zinvolle activiteiten met het kind te ondernemen. Dwang en verplichting werken averechts. ‘We moeten dit doen van je juf!’, werkt niet.",
                    "3. Heel praktische en concrete tips en voorbeelden. Om hun kind thuis te ondersteunen, hebben ouders weinig aan alleen algemene informatie die geen rekening houdt met hun specifieke situatie. Dus, geen algemene brochures of ouderavonden waarin vooral informatie wordt aangeboden.",
                    "4. Differentiëren. ouders met een verschillende sociaal-economische status, anderstalige ouders en ouders van jonge en oudere kinderen kunnen baat hebben bij uiteenlopende interventies en bij een manier van instrueren die bij hen past. Sommige ouders ontgaat de boodschap op een drukke ouderavond en zij hebben bijvoorbeeld meer aan een ‘maatje’.",
                    "5. Om stigmatisering te vermijden is het goed ouders in te delen naar de mate waarin ze betrokken zijn bij lezen. Een driedeling kan daarbij behulpzaam zijn:",
                ]),
                Block::List(&[
                    "1. De leesouders. De echte leesouders die zelf veel lezen, boeken bezitten, vaak voorlezen, ook als kinderen ouder zijn, de bibliotheek en (kinder)boekhandel bezoeken en met hun kinderen praten over boeken. Zij vinden (voor)lezen leuk en nuttig.",
                    "2. De aarzelende leesouders. Ouders die zelf niet zo veel lezen, geen of weinig boeken bezitten, (vrijwel) nooit naar de boekhandel of bibliotheek gaan, weleens (voor)lezen en (voor)lezen met mate waarderen en nuttig vinden.",
                    "3. De niet-leesouders. Ouders die zelf niet lezen, nauwelijks of niet voorlezen en niet of onvoldoende (voor)leesvaardig zijn. Deze ouders lezen nooit, of minder dan één keer per maand voor aan hun kind(eren). Zij staan neutraal tegenover het nut van voorlezen of vinden voorlezen niet nuttig.",
                ]),
            ],
        },
        ReferenceSection {
            id: "bijlage-4-voorbeeld-bas",
            title: "Voorbeeld: praktische aanpak",
            body: &[Block::Paragraph(
                "Bas loopt achter met technisch lezen. Op school krijgt hij extra begeleiding. De leerkracht heeft de moeder van Bas gevraagd thuis meer samen te lezen. Dit leidt niet tot verandering. De leerkracht besluit het anders aan te pakken en benadert Bas’ moeder opnieuw: ‘Bas vindt dit een mooi boek. Kun je dat samen met hem uitlezen?’ Een week later vraagt ze de moeder bij het ophalen van Bas hoe het is gegaan. Het samen lezen was goed verlopen en de moeder van Bas wil er graag mee verder.",
            )],
        },
    ],
};

/// The reference pages in the guide's order (each is also its own static, so a view that
/// shows one page does not carry the text of all).
pub static REFERENCE_PAGES: [&ReferencePage; 5] =
    [&INLEIDING, &BIJLAGE_1, &BIJLAGE_2, &BIJLAGE_3, &BIJLAGE_4];
