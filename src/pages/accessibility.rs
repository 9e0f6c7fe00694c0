//! Toegankelijkheid: the app's accessibility statement (*toegankelijkheidsverklaring*),
//! following the parts of the Dutch model statement: what it is about, the standard, the
//! status, how it was tested, what does not work yet, how to report a problem, its date.
//!
//! What it says was tested is what `e2e/toegankelijkheid.test.mjs` checks (docs/tests.md,
//! "Accessibility"); keep the two in step.

use leptos::prelude::*;
use leptos_meta::Title;

/// The WCAG 2.1 success criteria the accessibility suite checks, with how, in Dutch.
const TESTED: [(&str, &str); 10] = [
    (
        "1.3.1 Info en relaties, 3.3.2 Labels of instructies, 4.1.2 Naam, rol, waarde",
        "Automatisch met axe-core, op elke pagina en in elke toestand: met gegevens, met uitgeklapte onderdelen, met een vraag om bevestiging open, met een geweigerd veld en op papier.",
    ),
    (
        "1.4.3 Contrast (minimum)",
        "Met axe-core, en daarnaast met een eigen meting van de tekst op elke knop, elk label en elk tabblad: gewoon, uitgeschakeld, gekozen, met focus, aangewezen en ingedrukt.",
    ),
    (
        "1.4.4 Herschalen van tekst, 1.4.10 Reflow",
        "Elke pagina ingezoomd tot 200%, met de tekst van de browser op 200% en op een scherm van 320 pixels breed: niets valt weg, niets overlapt en de pagina schuift niet zijwaarts.",
    ),
    (
        "1.4.11 Contrast van niet-tekstuele content",
        "De randen van knoppen en velden en de focusrand hebben een contrast van minstens 3:1.",
    ),
    (
        "2.1.1 Toetsenbord, 2.1.2 Geen toetsenbordval",
        "Een hele werkgang alleen met het toetsenbord: een instelling toevoegen, het planningsformulier invullen, kaarten verplaatsen en verwijderen, en downloaden. Escape sluit een vraag om bevestiging.",
    ),
    (
        "2.4.1 Blokken omzeilen",
        "De link ‘Naar de inhoud’ is het eerste waar Tab naartoe gaat.",
    ),
    (
        "2.4.3 Focusvolgorde",
        "Waar de focus terechtkomt na toevoegen, verwijderen, verplaatsen, een vraag om bevestiging en een import.",
    ),
    (
        "2.4.7 Focus zichtbaar",
        "Na elke toets is gecontroleerd dat de focusrand te zien is en niet door iets anders wordt bedekt.",
    ),
    (
        "3.3.1 Foutidentificatie",
        "Een veld dat niet goed is ingevuld, zegt dat het fout is en waarom (aria-invalid en aria-describedby).",
    ),
    (
        "4.1.3 Statusberichten",
        "Meldingen zoals ‘Opgeslagen’ en de uitkomst van een import staan in een gebied dat een schermlezer al volgt voordat de melding verschijnt.",
    ),
];

/// What is known not to meet the standard yet.
const KNOWN_PROBLEMS: [&str; 3] = [
    "Na een klik op een link in het hoofdmenu blijft de focus op die link staan, in plaats van naar de kop van de nieuwe pagina te gaan (2.4.3 Focusvolgorde). Wie een schermlezer gebruikt, hoort dus niet meteen dat er een nieuwe pagina is.",
    "Op de pagina van een gesprek blijft de balk met de voortgang bovenaan staan. Als u met Shift+Tab terug gaat, kan die balk een knop of veld bedekken (2.4.7 Focus zichtbaar).",
    "In de grafieken van het Jaaroverzicht heeft de tweede kleur van de staven een contrast van ongeveer 2,95:1 op wit; de norm is 3:1 (1.4.11 Contrast van niet-tekstuele content). Dezelfde cijfers staan ook in de tabel onder elke grafiek.",
];

/// What has not been tested (yet).
const NOT_TESTED: [&str; 3] = [
    "Met een echte schermlezer, zoals NVDA of VoiceOver.",
    "In Safari op een iPad (WebKit): de controles hierboven zijn gedaan in Chromium.",
    "Met de modus voor hoog contrast van Windows.",
];

#[component]
pub fn AccessibilityPage() -> impl IntoView {
    view! {
        <Title text="Toegankelijkheid"/>
        <article class="page accessibility-page">
            <h1>"Toegankelijkheidsverklaring"</h1>
            <p class="lead">
                "Iedereen moet met de app Ouderpartnerschap kunnen werken, ook wie slecht ziet, "
                "geen muis gebruikt of de tekst groter zet. Hier leest u hoe het daarmee staat."
            </p>

            <h2>"Waar deze verklaring over gaat"</h2>
            <p>
                "Deze verklaring gaat over de app Ouderpartnerschap, waarmee leesconsulenten van de "
                "bibliotheek werken met de handreiking ‘Ouderpartnerschap en lezen’. De app werkt "
                "alleen in de browser, op het apparaat waarop u hem gebruikt. Er is geen server: de "
                "app bewaart alles op dit apparaat en stuurt niets weg."
            </p>

            <h2>"De norm"</h2>
            <p>
                "De app is gebouwd om te voldoen aan de Web Content Accessibility Guidelines (WCAG) "
                "2.1 op niveau AA. Dat is de norm uit de Europese standaard EN 301 549, waaraan ook "
                "overheidsinstanties hun websites en apps moeten laten voldoen."
            </p>

            <h2>"Status: voldoet gedeeltelijk"</h2>
            <p>
                "De app voldoet gedeeltelijk aan WCAG 2.1 niveau AA. Het meeste is getest en werkt; "
                "wat nog niet werkt of nog niet is getest, staat hieronder."
            </p>

            <h2>"Hoe de app is getest"</h2>
            <p>
                "De app is getest in de browser Chromium, op een tabletscherm, staand en liggend. "
                "Automatisch, met het programma axe-core, en door na te doen wat een gebruiker met "
                "de hand doet: alleen met het toetsenbord werken, inzoomen, de tekst groter zetten. "
                "Per succescriterium van WCAG 2.1:"
            </p>
            <ul class="accessibility-tests">
                {TESTED
                    .iter()
                    .map(|(criterion, how)| {
                        view! {
                            <li>
                                <strong>{*criterion}</strong>
                                ": "
                                {*how}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>

            <h2>"Wat nog niet werkt"</h2>
            <ul>{KNOWN_PROBLEMS.iter().map(|text| view! { <li>{*text}</li> }).collect_view()}</ul>

            <h2>"Wat nog niet is getest"</h2>
            <ul>{NOT_TESTED.iter().map(|text| view! { <li>{*text}</li> }).collect_view()}</ul>

            <h2>"Een probleem melden of hulp vragen"</h2>
            <p>
                "Loopt u vast, of kunt u een deel van de app niet gebruiken? Meld het bij uw eigen "
                "bibliotheek: bij wie de app daar beheert of bij wie u de app heeft gekregen. De app "
                "zelf heeft geen server en kan dus niets voor u versturen."
            </p>
            <p>"Vertel daarbij zo mogelijk:"</p>
            <ul>
                <li>"op welke pagina het was en wat u wilde doen;"</li>
                <li>"welk apparaat en welke browser u gebruikt;"</li>
                <li>"of u een hulpmiddel gebruikt, zoals een schermlezer, een vergrootprogramma of een los toetsenbord."</li>
            </ul>
            <p class="hint">
                "Stuur geen gegevens van scholen, ouders of kinderen mee; een beschrijving of een "
                "schermafbeelding zonder namen is genoeg."
            </p>

            <h2>"Datum van deze verklaring"</h2>
            <p>
                "Deze verklaring is opgesteld op "
                <time datetime="2026-12-07">"7 december 2026"</time>
                ". Zij wordt bijgewerkt wanneer de app verandert."
            </p>
        </article>
    }
}
