//! The planning form of the guide: its columns (Bijlage 7, blank) and the filled-in example
//! (Bijlage 6).

use super::{Block, PlanningColumn, PlanningExample, Text};

/// The form's title, as in the headings of Bijlage 6 and Bijlage 7.
pub const PLANNING_TITLE: &str = "Planningsformulier";

/// The instruction above the form.
pub static PLANNING_INTRO: Text = &[Block::Paragraph(
    "Vul het onderstaande planningsformulier in naar aanleiding van het gesprek. Neem dit formulier op in het leesplan. (De cursief ingevulde activiteiten betreffen een voorbeeld voor een basisschool. Kopieer het blanco format op de volgende pagina voor je eigen leesplan.)",
)];

/// The seven columns of the form, with the question the guide prints under each heading.
pub static PLANNING_COLUMNS: [PlanningColumn; 7] = [
    PlanningColumn {
        id: "activiteit",
        title: "Activiteit",
        // The guide's form repeats Doel's question here; this is step 11's own word on
        // what an activity is ("De activiteit kan een groep betreffen of de hele
        // school/voorschoolse instelling"), put as a question like the other columns.
        prompt: "Voor een groep of de hele school/voorschoolse instelling?",
    },
    PlanningColumn {
        id: "doel",
        title: "Doel",
        prompt: "Wat willen we bereiken?",
    },
    PlanningColumn {
        id: "actiepunten",
        title: "Actiepunten",
        prompt: "Wat gaan we doen?",
    },
    PlanningColumn {
        id: "planning",
        title: "Planning",
        prompt: "Wanneer?",
    },
    PlanningColumn {
        id: "wie",
        title: "Wie",
        prompt: "Wie is verantwoordelijk?",
    },
    PlanningColumn {
        id: "organisatie",
        title: "Organisatie",
        prompt: "Hoe gebeurt het?",
    },
    PlanningColumn {
        id: "evaluatie",
        title: "Evaluatie",
        prompt: "Hoe ging het?",
    },
];

/// The four activities of the filled-in example (Bijlage 6), an example for a primary school.
pub static PLANNING_EXAMPLES: [PlanningExample; 4] = [
    PlanningExample {
        id: "voorbeeld-wensenavond",
        activity: "Wensen- en verwachtingenavond",
        goal: "Weten wat ouders belangrijk vinden en wat hun wensen en verwachtingen zijn als het gaat om leesplezier en samenwerking tussen ouders en (voor)school",
        action_points: "Ouders uitnodigen en met hen hierover in gesprek",
        planning: "September",
        who: "Leesconsulent en leerkrachten groep 1, 2 en 3.",
        organisation: "Onderdeel van de informatie-avond begin nieuwe schooljaar",
        evaluation: "Er waren 40 ouders, geslaagde avond. Doel bereikt.",
    },
    PlanningExample {
        id: "voorbeeld-intakegesprek",
        activity: "‘Aanpassen’ intake gesprek",
        goal: "Aandacht voor het belang van de bibliotheek en lezen tijdens intake gesprek (PSZ en school).",
        action_points: "Ouders informeren over het belang van (voor)lezen voor de (taal)ontwikkeling van hun kind",
        planning: "September",
        who: "school",
        organisation: "Opnemen in intakeformulier.",
        evaluation: "Volgens planning uitgevoerd. Eerste ervaringen zijn goed.",
    },
    PlanningExample {
        id: "voorbeeld-voorleesactiviteit-bibliotheek",
        activity: "Voorlees-activiteit op de bieb",
        goal: "Kinderen gr. 1/2 en gr. 3 kennis laten maken met hoofdvestiging bibliotheek.\nOuders en kinderen informeren.",
        action_points: "School ontvangt flyer na afloop.\nStukje in de nieuwsbrief over voorlezen",
        planning: "Maart",
        who: "school en leesconsulent",
        organisation: "Opnemen in jaarkalender",
        evaluation: "Groep 1 en 2 zijn met leerkracht en enkele ouders naar de bibliotheek geweest. Ouders zijn geïnformeerd in nieuwsbrief.",
    },
    PlanningExample {
        id: "voorbeeld-voorleesact-groep-1-2",
        activity: "Voorleesact in de groepen 1 en 2",
        goal: "Kinderen en opa’s en oma’s laten ervaren hoe plezierig voorlezen samen is",
        action_points: "Voorlezen door opa’s en oma’s tijdens opa- en omadag",
        planning: "Mei",
        who: "Leesconsulent en leerkrachten groep 1 en 2",
        organisation: "Opnemen in jaarkalender",
        evaluation: "Groot succes! Enthousiaste kinderen, grootouders en leerkrachten!",
    },
];
