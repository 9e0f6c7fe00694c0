//! The Schoolrapportage of one institution for one school year, to print on A4 and hand to
//! the school's leescoördinator and director.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::browser::clock::today;
use crate::components::{PrintButton, RecordsLoaded, WordButton};
use crate::components::{YearRefused, use_query_value, use_school_year};
use crate::model::{SchoolReport, evaluation_heading, format_date, format_month};
use crate::routes::{institution_path, school_report_path};
use crate::state::use_app_state;

#[component]
pub fn SchoolReportPage() -> impl IntoView {
    let state = use_app_state();
    let id = use_query_value("id");
    let chosen = use_school_year();
    view! {
        <RecordsLoaded>
            <YearRefused chosen/>
            {move || {
                let id = id.get().unwrap_or_default();
                let made = today();
                let found = chosen.year.get().and_then(|year| {
                    state.read_all(|w| {
                        SchoolReport::of(w, &id, year)
                            .map(|report| report_view(&report, &made, w.display_name()))
                    })
                });
                found.unwrap_or_else(|| view! {
                    <Title text="Instelling niet gevonden"/>
                    <article class="page">
                        <h1>"Instelling niet gevonden"</h1>
                        <p>"Deze rapportage hoort bij een instelling die niet (meer) in uw gegevens staat."</p>
                        <p class="link-line"><a href="/instellingen">"Naar alle instellingen"</a></p>
                    </article>
                }
                .into_any())
            }}
        </RecordsLoaded>
    }
}

/// Text for a cell or line that may be empty.
fn or_dash(text: &str) -> String {
    match text.trim() {
        "" => "—".to_string(),
        text => text.to_string(),
    }
}

/// The report as a page, drawn from what the records say now.
fn report_view(report: &SchoolReport, made: &str, library: &str) -> AnyView {
    let institution = report.institution;
    let name = institution.name.trim().to_string();
    let year = report.year;
    let contacts = institution
        .contacts
        .iter()
        .filter(|c| !c.name.trim().is_empty())
        .map(|c| view! { <li>{format!("{} ({})", c.name.trim(), c.role.label())}</li> })
        .collect_view();
    let steps = report
        .steps
        .iter()
        .map(|s| {
            view! {
                <tr>
                    <th scope="row">{format!("{}. {}", s.number, s.title)}</th>
                    <td>{s.status}</td>
                    <td>{s.why.clone()}</td>
                </tr>
            }
        })
        .collect_view();
    let agreements = report
        .agreements
        .iter()
        .map(|(question, answer)| {
            view! {
                <div class="report-question">
                    <h3>{*question}</h3>
                    <p class="report-notes">{answer.to_string()}</p>
                </div>
            }
        })
        .collect_view();
    let activities = report
        .activities
        .iter()
        .map(|a| {
            let result = report.result_text(a);
            let month = match a.month.as_str() {
                "" => or_dash(&a.planning),
                month => format_month(month),
            };
            view! {
                <tr>
                    <td class="report-notes">{or_dash(&a.activity)}</td>
                    <td class="report-notes">{or_dash(&a.goal)}</td>
                    <td>{month}</td>
                    <td>{or_dash(&a.who)}</td>
                    <td class="report-notes">{result}</td>
                    <td class="report-notes">{or_dash(&a.evaluation)}</td>
                </tr>
            }
        })
        .collect_view();
    let evaluations = report
        .evaluations
        .iter()
        .map(|e| view! {
            <div class="report-question">
                <h3>{evaluation_heading(e)}</h3>
                <p><strong>"Wat ging goed: "</strong><span class="report-notes">{or_dash(&e.went_well)}</span></p>
                <p><strong>"Wat verandert: "</strong><span class="report-notes">{or_dash(&e.changes)}</span></p>
                {(!e.next_date.is_empty()).then(|| view! {
                    <p><strong>"Volgende evaluatie: "</strong>{format_date(&e.next_date)}</p>
                })}
            </div>
        })
        .collect_view();
    let conversations = report
        .conversations
        .iter()
        .map(|c| view! {
            <li>{format!("{} · {} · {}", format_date(&c.date), c.kind.label(), c.status.label().to_lowercase())}</li>
        })
        .collect_view();
    // The agreements written in the year's conversations, under the conversation.
    let held = report.conversation_agreements();
    let no_agreements = report.agreements.is_empty() && held.is_empty();
    let from_conversations = held
        .into_iter()
        .map(|(c, items)| view! {
            <div class="report-question">
                <h3>{format!("Uit het {} van {}", c.kind.label(), format_date(&c.date))}</h3>
                <ul>{items.into_iter().map(|item| view! { <li>{item}</li> }).collect_view()}</ul>
            </div>
        })
        .collect_view();
    let no_activities = report.activities.is_empty();
    let no_evaluations = report.evaluations.is_empty();
    let no_conversations = report.conversations.is_empty();
    let (state, id) = (use_app_state(), institution.id.clone());
    let word = move |()| state.school_report_document(&id, year);
    view! {
        <Title text=format!("Schoolrapportage {name} {}", year.label())/>
        <article class="page report school-report">
            <p class="eyebrow no-print">
                <a href=institution_path(&institution.id, None)>{format!("Terug naar {name}")}</a>
            </p>
            <h1>{format!("Schoolrapportage {name}")}</h1>
            <dl class="report-meta">
                <dt>"Schooljaar"</dt><dd>{year.label()}</dd>
                <dt>"Instelling"</dt>
                <dd>
                    {[institution.kind.label(), institution.place.trim()]
                        .into_iter()
                        .filter(|s| !s.is_empty())
                        .collect::<Vec<_>>()
                        .join(", ")}
                </dd>
                <dt>"Programma"</dt><dd>{institution.programme.label()}</dd>
                <dt>"Bibliotheek"</dt><dd>{library.to_string()}</dd>
                <dt>"Leesconsulent"</dt><dd>{or_dash(report.consultant)}</dd>
                <dt>"Opgesteld op"</dt><dd>{format_date(made)}</dd>
            </dl>
            <nav class="button-row no-print" aria-label="Schooljaar, afdrukken en Word">
                <a class="button button--secondary" href=school_report_path(&institution.id, Some(&year.previous().label()))>"Vorig schooljaar"</a>
                <a class="button button--secondary" href=school_report_path(&institution.id, Some(&year.next().label()))>"Volgend schooljaar"</a>
                <PrintButton/>
                <WordButton file=word/>
            </nav>
            <section class="report-part">
                <h2>"Contactpersonen"</h2>
                {if institution.contacts.iter().all(|c| c.name.trim().is_empty()) {
                    view! { <p>"Geen contactpersonen vastgelegd."</p> }.into_any()
                } else {
                    view! { <ul>{contacts}</ul> }.into_any()
                }}
            </section>
            <section class="report-part">
                <h2>"Waar de instelling nu staat"</h2>
                <p class="hint">{format!("Stand op {}: de stappen beginnen niet elk schooljaar opnieuw.", format_date(made))}</p>
                <table class="report-table">
                    <thead><tr><th scope="col">"Stap"</th><th scope="col">"Status"</th><th scope="col">"Toelichting"</th></tr></thead>
                    <tbody>{steps}</tbody>
                </table>
            </section>
            <section class="report-part">
                <h2>"Afspraken"</h2>
                {no_agreements.then(|| view! { <p>"Geen afspraken vastgelegd."</p> })}
                {agreements}
                {from_conversations}
            </section>
            <section class="report-part">
                <h2>"Activiteitenplan"</h2>
                {if no_activities {
                    view! { <p>"Geen activiteiten in dit schooljaar."</p> }.into_any()
                } else {
                    view! {
                        <p>{report.done_line()}</p>
                        <table class="report-table">
                            <thead><tr>
                                <th scope="col">"Activiteit"</th><th scope="col">"Doel"</th><th scope="col">"Maand"</th><th scope="col">"Wie"</th>
                                <th scope="col">"Resultaat"</th><th scope="col">"Evaluatie"</th>
                            </tr></thead>
                            <tbody>{activities}</tbody>
                        </table>
                    }
                    .into_any()
                }}
            </section>
            <section class="report-part">
                <h2>"Evaluaties"</h2>
                {no_evaluations.then(|| view! { <p>"Geen evaluaties in dit schooljaar."</p> })}
                {evaluations}
            </section>
            <section class="report-part">
                <h2>"Gesprekken"</h2>
                {if no_conversations {
                    view! { <p>"Geen gesprekken in dit schooljaar."</p> }.into_any()
                } else {
                    view! { <ul>{conversations}</ul> }.into_any()
                }}
            </section>
        </article>
    }
    .into_any()
}
