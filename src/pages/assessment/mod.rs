//! Projectbeoordeling: the catalogue of Bijlage 8 to browse and filter, the user's own
//! assessments with the ten questions, and a side-by-side comparison.

mod compare;
mod entry;
mod form;

pub use compare::ComparePage;
pub use entry::CatalogueEntryPage;
pub use form::AssessmentFormPage;

use crate::components::{GuideText, RecordsLoaded};
use crate::content::{
    CATALOGUE, CATALOGUE_USE, CHARACTERISTICS, CatalogueEntry, PARENT_GROUPS, PARENT_GROUPS_INTRO,
};
use crate::model::{WorkspaceStoreFields, assess, parent_group};
use crate::routes::{assessment_path, catalogue_entry_path, compare_path};
use crate::state::use_app_state;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::NavigateOptions;
use leptos_router::hooks::use_navigate;

#[component]
pub fn AssessmentsPage() -> impl IntoView {
    view! {
        <Title text="Projectbeoordeling"/>
        <article class="page page--wide">
            <h1>"Projectbeoordeling"</h1>
            <div class="lead"><GuideText text=CATALOGUE_USE/></div>
            <RecordsLoaded>
                <MyAssessments/>
            </RecordsLoaded>
            <Catalogue/>
            <details class="card">
                <summary>"De drie oudergroepen en de kenmerken van een succesvolle aanpak"</summary>
                <p>{PARENT_GROUPS_INTRO}</p>
                <dl>
                    {PARENT_GROUPS
                        .iter()
                        .map(|g| view! { <dt>{g.number} ". " {g.name}</dt><dd>{g.description}</dd> })
                        .collect_view()}
                </dl>
                <ol class="marker-list">
                    {CHARACTERISTICS
                        .iter()
                        .map(|c| view! { <li><span class="marker">{c.marker} ". "</span>{c.text}</li> })
                        .collect_view()}
                </ol>
            </details>
        </article>
    }
}

/// A way to start an assessment (empty or from a catalogue entry) and open it.
fn assessment_starter() -> impl Fn(Option<&'static CatalogueEntry>) + Clone + 'static {
    let state = use_app_state();
    let navigate = use_navigate();
    move |from| match state.add_assessment(from) {
        Ok(id) => navigate(&assessment_path(&id), NavigateOptions::default()),
        Err(refused) => state.show_refusal(Err::<(), _>(refused)),
    }
}

#[component]
fn MyAssessments() -> impl IntoView {
    let state = use_app_state();
    let chosen = RwSignal::new(Vec::<String>::new());
    let institutions = state.workspace.institutions();
    let rows = Memo::new(move |_| {
        state.workspace.assessments().with(|assessments| {
            institutions.with(|institutions| {
                assessments
                    .iter()
                    .map(|a| {
                        let place = a
                            .institution_id
                            .as_deref()
                            .and_then(|id| institutions.iter().find(|i| i.id == id))
                            .map(|i| format!(" · {}", i.name))
                            .unwrap_or_default();
                        (a.id.clone(), a.name.clone(), place, assess(a).summary())
                    })
                    .collect::<Vec<_>>()
            })
        })
    });
    let start_empty = assessment_starter();
    let start = move |_| start_empty(None);
    view! {
        <section class="card" aria-labelledby="mijn-kop">
            <h2 id="mijn-kop">"Mijn beoordelingen"</h2>
            <p class="hint">
                "Beoordeel een project met de tien vragen uit bijlage 8: begin bij een project uit het activiteitenoverzicht hieronder, of met een leeg formulier voor een project dat daar niet in staat."
            </p>
            <ul class="assessment-list">
                <For each=move || rows.get() key=|row| row.clone() let:((id, name, place, summary))>
                    <li class="assessment-row">
                        <label class="checkbox">
                            <input
                                type="checkbox"
                                prop:checked={
                                    let id = id.clone();
                                    move || chosen.with(|c| c.contains(&id))
                                }
                                on:change={
                                    let id = id.clone();
                                    move |ev| {
                                        let on = event_target_checked(&ev);
                                        chosen.update(|c| {
                                            c.retain(|x| *x != id);
                                            if on {
                                                c.push(id.clone());
                                            }
                                        });
                                    }
                                }
                            />
                            <span class="visually-hidden">"Vergelijken: " {name.clone()}</span>
                        </label>
                        <div>
                            <a class="assessment-row__name" href=assessment_path(&id)>{name}</a>
                            <span class="hint">{place}</span>
                            <p class="assessment-row__summary">{summary}</p>
                        </div>
                    </li>
                </For>
            </ul>
            <p class="hint">{move || rows.with(Vec::is_empty).then_some("Nog geen beoordelingen.")}</p>
            <div class="button-row">
                <button type="button" class="button" on:click=start>"Leeg formulier"</button>
                <a
                    class="button button--secondary"
                    href=move || chosen.with(|c| (c.len() >= 2).then(|| compare_path(c)))
                    aria-disabled=move || chosen.with(|c| c.len() < 2).to_string()
                    class:is-disabled=move || chosen.with(|c| c.len() < 2)
                >
                    {move || format!("Vergelijk de gekozen beoordelingen ({})", chosen.with(Vec::len))}
                </a>
            </div>
        </section>
    }
}

#[component]
fn Catalogue() -> impl IntoView {
    let state = use_app_state();
    let filter = state.catalogue_filter;
    let shown = Memo::new(move |_| filter.with(|f| f.apply()));
    view! {
        <section aria-labelledby="overzicht-kop">
            <h2 id="overzicht-kop">"Activiteitenoverzicht (bijlage 8)"</h2>
            <CatalogueFilters/>
            <p class="summary-line" role="status">
                {move || format!("{} van de {} werkvormen en projecten", shown.with(Vec::len), CATALOGUE.len())}
            </p>
            <ul class="catalogue-list">
                <For each=move || shown.get() key=|entry| entry.id let:entry>
                    <CatalogueCard entry/>
                </For>
            </ul>
        </section>
    }
}

#[component]
fn CatalogueFilters() -> impl IntoView {
    let filter = use_app_state().catalogue_filter;
    let ages = (0..=12u8)
        .map(|age| view! { <option value=age.to_string()>{format!("{age} jaar")}</option> });
    let groups = PARENT_GROUPS.iter().map(move |g| {
        let n = g.number;
        view! {
            <option value=n.to_string() prop:selected=move || filter.with(|f| f.group == Some(n))>
                {format!("{n}. {}", g.name)}
            </option>
        }
    });
    let number = |ev: &leptos::ev::Event| event_target_value(ev).parse::<u8>().ok();
    view! {
        <div class="filter-bar card catalogue-filters">
            <label class="field field--search">
                <span class="field__label">"Zoeken"</span>
                <input
                    type="search"
                    prop:value=move || filter.with(|f| f.text.clone())
                    on:input=move |ev| filter.update(|f| f.text = event_target_value(&ev))
                />
            </label>
            <label class="field">
                <span class="field__label">"Leeftijd van het kind"</span>
                <select on:change=move |ev| filter.update(|f| f.age = number(&ev))>
                    <option value="">"Alle leeftijden"</option>
                    {ages.collect_view()}
                </select>
            </label>
            <label class="field">
                <span class="field__label">"Oudergroep"</span>
                <select on:change=move |ev| filter.update(|f| f.group = number(&ev))>
                    <option value="">"Alle oudergroepen"</option>
                    {groups.collect_view()}
                </select>
            </label>
            <fieldset class="field marker-filter">
                <legend class="field__label">"Met de kenmerken"</legend>
                {CHARACTERISTICS
                    .iter()
                    .map(|c| {
                        let marker = c.marker;
                        view! {
                            // The words themselves, not a tooltip a tablet cannot show.
                            <label class="checkbox">
                                <input
                                    type="checkbox"
                                    prop:checked=move || filter.with(|f| f.characteristics.contains(marker))
                                    on:change=move |ev| {
                                        let on = event_target_checked(&ev);
                                        filter.update(|f| {
                                            if on {
                                                f.characteristics.insert(marker.to_string());
                                            } else {
                                                f.characteristics.remove(marker);
                                            }
                                        });
                                    }
                                />
                                <span><span class="marker">{marker} ". "</span>{c.text}</span>
                            </label>
                        }
                    })
                    .collect_view()}
            </fieldset>
        </div>
    }
}

#[component]
fn CatalogueCard(entry: &'static CatalogueEntry) -> impl IntoView {
    let groups = entry
        .parent_groups
        .iter()
        .filter_map(|n| parent_group(*n))
        .map(|g| {
            let name = g.name.to_lowercase();
            match crate::model::condition_for(entry, g.number) {
                Some(condition) => format!("{name} ({condition})"),
                None => name,
            }
        })
        .collect::<Vec<_>>()
        .join(", ");
    let markers = entry
        .characteristics
        .iter()
        .map(|m| m.marker)
        .collect::<Vec<_>>()
        .join(", ");
    let start_from = assessment_starter();
    let start = move |_| start_from(Some(entry));
    view! {
        <li class="catalogue-card card">
            <p class="eyebrow">{entry.kind.label()} " · " {entry.target_group}</p>
            <h3><a href=catalogue_entry_path(entry.id)>{entry.name}</a></h3>
            <p>"Kansrijk voor: " {groups}</p>
            <p>"Kenmerken: " {if markers.is_empty() { "niet genoemd".to_string() } else { markers }}</p>
            <button type="button" class="button button--secondary" aria-label=format!("Beoordelen: {}", entry.name) on:click=start>
                "Beoordelen"
            </button>
        </li>
    }
}
