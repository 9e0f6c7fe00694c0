//! The Overzicht's view of the team: per leesconsulent, their schools and where those stand.

use std::collections::BTreeMap;

use leptos::prelude::*;

use crate::model::{PersonRole, fold_for_search};
use crate::routes::{Section, person_path};
use crate::state::{use_app_state, use_summaries};

/// One leesconsulent's line: id, name, schools, and how many stand at each step.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct Line {
    id: String,
    name: String,
    schools: usize,
    by_step: Vec<(u8, usize)>,
}

#[component]
pub fn TeamAtAGlance() -> impl IntoView {
    let state = use_app_state();
    let work = use_summaries().work;
    // The leesconsulenten and anyone else who supports a school; those without one last.
    let lines = Memo::new(move |_| {
        state.read_all(|w| {
            work.with(|states| {
                let mut lines: Vec<Line> = w
                    .people
                    .iter()
                    .map(|p| {
                        let mut by_step = BTreeMap::new();
                        let mut schools = 0;
                        for school in w.schools_of(&p.id).filter(|i| !i.archived) {
                            schools += 1;
                            if let Some(s) = states.get(&school.id) {
                                *by_step.entry(s.phase.step).or_insert(0) += 1;
                            }
                        }
                        (p, schools, by_step)
                    })
                    .filter(|(p, schools, _)| p.role == PersonRole::Leesconsulent || *schools > 0)
                    .map(|(p, schools, by_step)| Line {
                        id: p.id.clone(),
                        name: p.name.clone(),
                        schools,
                        by_step: by_step.into_iter().collect(),
                    })
                    .collect();
                lines.sort_by_key(|l| fold_for_search(&l.name));
                let without = w
                    .institutions
                    .iter()
                    .filter(|i| !i.archived && w.person(&i.consultant).is_none())
                    .count();
                (lines, without)
            })
        })
    });
    view! {
        <Show when=move || lines.with(|(l, _)| !l.is_empty())>
            <section class="card" aria-labelledby="per-leesconsulent-kop">
                <h2 id="per-leesconsulent-kop">"Per leesconsulent"</h2>
                <ul class="team-list">
                    <For each=move || lines.get().0 key=|l| l.clone() let:line>
                        <li class="team-list__row">
                            <a href=person_path(&line.id)>
                                <span class="team-list__name">{line.name.clone()}</span>
                                <span class="team-list__facts">
                                    {match line.schools {
                                        0 => "Nog geen instellingen".to_string(),
                                        1 => "1 instelling".to_string(),
                                        n => format!("{n} instellingen"),
                                    }}
                                    {line.by_step.iter().map(|(step, n)| format!(" · stap {step}: {n}")).collect::<String>()}
                                </span>
                            </a>
                        </li>
                    </For>
                </ul>
                {move || {
                    let without = lines.with(|(_, w)| *w);
                    (without > 0).then(|| view! {
                        <p class="hint">
                            {format!("{without} {} zonder leesconsulent. ", if without == 1 { "instelling" } else { "instellingen" })}
                            <a href=Section::Institutions.path()>"Naar de instellingen"</a>
                        </p>
                    })
                }}
            </section>
        </Show>
    }
}
