//! Assessments side by side: their ages, characteristics and parent groups.

use leptos::prelude::*;

use leptos_meta::Title;

use leptos_router::hooks::use_location;

use crate::components::RecordsLoaded;
use crate::content::{CHARACTERISTICS, PARENT_GROUPS};
use crate::model::WorkspaceStoreFields;
use crate::model::{Assessment, assess};
use crate::routes::query_ids;
use crate::routes::{Section, assessment_path};
use crate::state::use_app_state;

/// One row of the comparison: a heading and a cell per assessment.
fn row(heading: String, cells: Vec<String>) -> impl IntoView {
    view! {
        <tr>
            <th scope="row">{heading}</th>
            {cells.into_iter().map(|cell| view! { <td>{cell}</td> }).collect_view()}
        </tr>
    }
}

fn rows(assessments: &[Assessment]) -> Vec<(String, Vec<String>)> {
    let results: Vec<_> = assessments.iter().map(assess).collect();
    let cells = |f: &dyn Fn(usize) -> String| (0..assessments.len()).map(f).collect::<Vec<_>>();
    let mark = |on: bool| if on { "✓ ja" } else { "nee" }.to_string();
    let mut rows = vec![
        (
            "Leeftijd".to_string(),
            cells(&|i| assessments[i].age_label()),
        ),
        (
            "Kenmerken".to_string(),
            cells(&|i| format!("{} van de 7", results[i].count())),
        ),
    ];
    rows.extend(CHARACTERISTICS.iter().map(|c| {
        (
            format!("{}. {}", c.marker, c.text),
            cells(&|i| mark(assessments[i].characteristics.contains(c.marker))),
        )
    }));
    rows.extend(PARENT_GROUPS.iter().enumerate().map(|(g, group)| {
        (
            format!("{} (uw oordeel · de gids)", group.name),
            cells(&|i| {
                let advice = &results[i].groups[g];
                let own = if advice.judged_by_user {
                    "geschikt"
                } else {
                    "niet aangevinkt"
                };
                let guide = match (results[i].as_in_guide.is_some(), advice.promising) {
                    (true, true) => "kansrijk volgens de gids",
                    (true, false) => "niet genoemd in de gids",
                    (false, true) => "suggestie uit de voorbeelden",
                    (false, false) => "geen voorbeeld",
                };
                format!("{own} · {guide}")
            }),
        )
    }));
    rows.push(("Uitkomst".to_string(), cells(&|i| results[i].summary())));
    rows.push((
        "Kosten".to_string(),
        cells(&|i| {
            let a = &assessments[i];
            format!("{} {}", a.has_costs.label(), a.costs)
                .trim()
                .to_string()
        }),
    ));
    rows
}

/// The assessments named by `?ids=a,b`, side by side.
#[component]
pub fn ComparePage() -> impl IntoView {
    let state = use_app_state();
    let location = use_location();
    let ids = Memo::new(move |_| location.search.with(|search| query_ids(search)));
    let chosen = Memo::new(move |_| {
        ids.with(|ids| {
            state.workspace.assessments().with(|all| {
                ids.iter()
                    .filter_map(|id| all.iter().find(|a| a.id == *id).cloned())
                    .collect::<Vec<_>>()
            })
        })
    });
    view! {
        <Title text="Beoordelingen vergelijken"/>
        <article class="page page--wide">
            <p class="eyebrow"><a href=Section::Assessment.path()>"Projectbeoordeling"</a></p>
            <h1>"Beoordelingen vergelijken"</h1>
            <RecordsLoaded>
            {move || {
                let assessments = chosen.get();
                if assessments.len() < 2 {
                    return view! {
                        <p class="notice card">"Kies bij Projectbeoordeling minstens twee beoordelingen om te vergelijken."</p>
                    }
                    .into_any();
                }
                let heads = assessments
                    .iter()
                    .map(|a| view! { <th scope="col"><a href=assessment_path(&a.id)>{a.name.clone()}</a></th> })
                    .collect_view();
                let body = rows(&assessments)
                    .into_iter()
                    .map(|(heading, cells)| row(heading, cells))
                    .collect_view();
                view! {
                    <div class="table-scroll">
                        <table class="compare-table">
                            <thead><tr><td></td>{heads}</tr></thead>
                            <tbody>{body}</tbody>
                        </table>
                    </div>
                }
                .into_any()
            }}
            </RecordsLoaded>
        </article>
    }
}
