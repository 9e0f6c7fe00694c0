//! An institution's planning form laid out as the table for its (voor)leesplan, to print.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::browser::clock::today;
use crate::components::use_query_value;
use crate::components::{PrintButton, RecordsLoaded};
use crate::content::{PLANNING_COLUMNS, PLANNING_TITLE};
use crate::model::{Activity, hyphenated};
use crate::routes::plan_path;
use crate::state::use_app_state;

/// The seven cells of a planning row, in the order of the guide's columns.
pub(super) fn columns(a: &Activity) -> [&String; 7] {
    [
        &a.activity,
        &a.goal,
        &a.action_points,
        &a.planning,
        &a.who,
        &a.organisation,
        &a.evaluation,
    ]
}

/// The planning form of the institution named by `?id=`, laid out to print.
#[component]
pub fn PlanningPrintPage() -> impl IntoView {
    let state = use_app_state();
    let id = use_query_value("id");
    let asked = use_query_value("jaar");
    let made = today();
    // The year shown: the one asked for, else the one the institution is in.
    let year = move |i: &crate::model::Institution| i.plan_year(asked.get().as_deref(), &made);
    // (name, facts line, rows as the seven cells) of the institution; `None` if it is gone.
    let form = Memo::new(move |_| {
        let id = id.get()?;
        state.read_all(|w| {
            w.institution(&id).map(|i| {
                let year = year(i);
                let label = format!("schooljaar {}", year.label());
                let facts = [w.library.name.trim(), label.as_str()]
                    .into_iter()
                    .filter(|s| !s.is_empty())
                    .collect::<Vec<_>>()
                    .join(" · ");
                let rows = w
                    .plan_of(&i.id, year)
                    .into_iter()
                    .map(cells)
                    .collect::<Vec<_>>();
                (i.name.clone(), facts, rows, plan_path(&i.id, &year.label()))
            })
        })
    });
    view! {
        <RecordsLoaded>
            {move || {
            let Some((name, facts, rows, back)) = form.get() else {
                return view! {
                    <Title text="Instelling niet gevonden"/>
                    <article class="page">
                        <h1>"Instelling niet gevonden"</h1>
                        <p>"Dit planningsformulier hoort bij een instelling die niet (meer) in uw gegevens staat. Misschien is ze verwijderd."</p>
                        <p class="link-line"><a href="/instellingen">"Naar alle instellingen"</a></p>
                    </article>
                }
                .into_any();
            };
            let empty = rows.is_empty();
            view! {
                <Title text=format!("{PLANNING_TITLE} {name}")/>
                <article class="page page--wide planning-print">
                    <div class="button-row planning-print__actions">
                        <PrintButton/>
                        <a class="button button--secondary" href=back>"Terug naar stap 11"</a>
                    </div>
                    <h1>{PLANNING_TITLE} " " {name}</h1>
                    <p class="planning-print__facts">{facts}</p>
                    <table class="planning-table">
                        <thead>
                            <tr>
                                {PLANNING_COLUMNS
                                    .iter()
                                    .map(|c| {
                                        view! {
                                            <th scope="col">
                                                {hyphenated(c.title)}
                                                <span class="planning-table__prompt">{hyphenated(c.prompt)}</span>
                                            </th>
                                        }
                                    })
                                    .collect_view()}
                                <th scope="col">"Maand"</th>
                                <th scope="col">"Gedaan"</th>
                            </tr>
                        </thead>
                        <tbody>
                            {rows
                                .into_iter()
                                .map(|cells| {
                                    view! { <tr>{cells.into_iter().map(|text| view! { <td>{text}</td> }).collect_view()}</tr> }
                                })
                                .collect_view()}
                        </tbody>
                    </table>
                    {empty
                        .then(|| {
                            view! {
                                <p class="hint">
                                    "Er staan geen activiteiten in het planningsformulier van dit schooljaar. Vul ze in bij stap 11 van de instelling."
                                </p>
                            }
                        })}
                </article>
            }
            .into_any()
        }}
        </RecordsLoaded>
    }
}

/// A row as printed: the guide's seven columns, then the month and whether it was done,
/// with the syllables marked where a narrow column may break a word.
fn cells(a: &Activity) -> Vec<String> {
    let done = if a.done { "ja" } else { "nee" };
    columns(a)
        .map(|text| hyphenated(text))
        .into_iter()
        .chain([
            hyphenated(&crate::model::format_month(&a.month)),
            done.to_string(),
        ])
        .collect()
}
