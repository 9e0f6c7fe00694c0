//! What steps 2 and 3 ask the library's conversations to produce, in the guide's words.

use super::Question;

/// Step 2's result: "In dat plan staan onder meer doelen, middelen, eisen, menskracht,
/// resultaten en kosten verwoord." One part of the plan each; `text` is the question put
/// under it.
pub static PLAN_PARTS: [Question; 6] = [
    Question {
        id: "stap-2-plan-doelen",
        marker: "Doelen",
        text: "Wat wil de bibliotheek met ouderpartnerschap bij lezen bereiken?",
    },
    Question {
        id: "stap-2-plan-middelen",
        marker: "Middelen",
        text: "Welke middelen zijn er (materialen, activiteiten, bestaande programma’s)?",
    },
    Question {
        id: "stap-2-plan-eisen",
        marker: "Eisen",
        text: "Aan welke eisen moet de aanpak voldoen?",
    },
    Question {
        id: "stap-2-plan-menskracht",
        marker: "Menskracht",
        text: "Wie doen het, en hoeveel uren zijn daarvoor nodig?",
    },
    Question {
        id: "stap-2-plan-resultaten",
        marker: "Resultaten",
        text: "Wat moet het opleveren, en wanneer?",
    },
    Question {
        id: "stap-2-plan-kosten",
        marker: "Kosten",
        text: "Wat kost het?",
    },
];

/// Step 3's Extra: "Middelen kunnen vanuit verschillende gemeentelijke beleidsterreinen
/// komen, zoals het onderwijsachterstandenbeleid (OAB), beleid voor participatie,
/// laaggeletterdheid of cultuur. […] Wellicht zijn er innovatiebudgetten of impulsgelden
/// beschikbaar in de gemeente."
pub static FUNDING_SOURCES: [Question; 5] = [
    Question {
        id: "stap-3-bron-oab",
        marker: "",
        text: "Onderwijsachterstandenbeleid (OAB)",
    },
    Question {
        id: "stap-3-bron-participatie",
        marker: "",
        text: "Beleid voor participatie",
    },
    Question {
        id: "stap-3-bron-laaggeletterdheid",
        marker: "",
        text: "Beleid voor laaggeletterdheid",
    },
    Question {
        id: "stap-3-bron-cultuur",
        marker: "",
        text: "Cultuurbeleid",
    },
    Question {
        id: "stap-3-bron-innovatie",
        marker: "",
        text: "Innovatiebudgetten of impulsgelden",
    },
];
