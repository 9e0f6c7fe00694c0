use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_navigate;
use reactive_stores::Field;

use crate::browser::collator::DutchCollator;
use crate::components::{RecordsLoaded, StatusBadge};
use crate::model::{
    Institution, InstitutionKind, InstitutionStoreFields, Programme, SortOrder, StepStatus,
    WorkspaceStoreFields, format_date,
};
use crate::routes::{ADD_ANOTHER, ADDED, institution_path};
use crate::state::{use_app_state, use_summaries};

use crate::components::use_query_value;

/// Every school and pre-school, searchable and filterable, and the way to add one.
#[component]
pub fn InstitutionsPage() -> impl IntoView {
    let state = use_app_state();
    let work = use_summaries().work;
    let filter = state.institution_filter;
    let institutions = state.workspace.institutions();
    // The ids shown, in order: each row reads its own institution, so a change to one
    // institution redraws that row only.
    let shown = Memo::new(move |_| {
        institutions.track();
        state.workspace.people().track();
        state.workspace.with_untracked(|all| {
            work.with(|states| {
                filter.with(|f| {
                    f.apply(all, states, &DutchCollator)
                        .into_iter()
                        .map(|i| i.id.clone())
                        .collect::<Vec<_>>()
                })
            })
        })
    });
    let counts =
        move || institutions.with(|all| (all.len(), all.iter().filter(|i| i.archived).count()));
    view! {
        <Title text="Instellingen"/>
        <article class="page page--wide">
            <h1>"Instellingen"</h1>
            <RecordsLoaded>
            <p class="lead">
                "Elke school en voorschoolse instelling doorloopt stap 7 tot en met 12 op haar eigen manier. "
                {move || {
                    let (all, archived) = counts();
                    let also = match archived {
                        0 => String::new(),
                        n => format!(" (en {n} gearchiveerd)"),
                    };
                    format!("U volgt er {}{also}.", all - archived)
                }}
            </p>
            <AddInstitution/>
            <FilterBar/>
            <p class="summary-line" role="status">
                {move || match shown.with(Vec::len) {
                    1 => "1 instelling getoond".to_string(),
                    n => format!("{n} instellingen getoond"),
                }}
            </p>
            <ul class="institution-list">
                <For each=move || shown.get() key=|id| id.clone() let:id>
                    <InstitutionRow institution=institutions.at_key(id.clone()) id/>
                </For>
            </ul>
            </RecordsLoaded>
        </article>
    }
}

#[component]
fn AddInstitution() -> impl IntoView {
    let state = use_app_state();
    let navigate = use_navigate();
    let name = RwSignal::new(String::new());
    let kind = RwSignal::new(InstitutionKind::Basisschool);
    let error = RwSignal::new(None::<String>);
    // Arriving from "Nog een instelling toevoegen", the cursor waits in the name field.
    let add_another = use_query_value(ADD_ANOTHER);
    let field = NodeRef::<leptos::html::Input>::new();
    Effect::new(move |_| {
        if let (Some(_), Some(input)) = (add_another.get(), field.get()) {
            input.focus().ok();
        }
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match state.add_institution(&name.get_untracked(), kind.get_untracked()) {
            Ok(id) => {
                name.set(String::new());
                // The new page offers "nog een toevoegen" (see `JustAdded`).
                let added = format!("{}&{ADDED}=1", institution_path(&id, None));
                navigate(&added, Default::default());
            }
            Err(e) => error.set(Some(e.0)),
        }
    };
    view! {
        <form class="card add-form" on:submit=submit aria-labelledby="nieuw-kop">
            <h2 id="nieuw-kop">"Instelling toevoegen"</h2>
            <div class="form-grid">
                <label class="field">
                    <span class="field__label">"Naam"</span>
                    <input
                        node_ref=field
                        type="text"
                        name="naam"
                        aria-invalid=move || error.with(Option::is_some).to_string()
                        aria-describedby="nieuw-naam-fout"
                        placeholder="Bijvoorbeeld Obs De Regenboog"
                        prop:value=move || name.get()
                        on:input=move |ev| {
                            name.set(event_target_value(&ev));
                            error.set(None);
                        }
                    />
                    <span class="field-error" id="nieuw-naam-fout" role="alert">{move || error.get()}</span>
                </label>
                <label class="field">
                    <span class="field__label">"Soort"</span>
                    <select
                        name="soort"
                        on:change=move |ev| {
                            if let Some(k) = InstitutionKind::from_token(&event_target_value(&ev)) {
                                kind.set(k);
                            }
                        }
                    >
                        {InstitutionKind::ALL
                            .iter()
                            .map(|k| view! { <option value=k.token() prop:selected=move || kind.get() == *k>{k.label()}</option> })
                            .collect_view()}
                    </select>
                </label>
            </div>
            <button type="submit" class="button">"Toevoegen"</button>
        </form>
    }
}

/// A `<select>` over optional values: "" means "Alle".
fn choice<T: Copy + PartialEq + Send + Sync + 'static>(
    label: &'static str,
    options: Vec<(T, String, String)>,
    current: impl Fn() -> Option<T> + Send + Sync + Copy + 'static,
    set: impl Fn(Option<T>) + Copy + 'static,
) -> impl IntoView {
    let tokens: Vec<(T, String)> = options.iter().map(|(v, t, _)| (*v, t.clone())).collect();
    view! {
        <label class="field field--compact">
            <span class="field__label">{label}</span>
            <select on:change=move |ev| {
                let token = event_target_value(&ev);
                set(tokens.iter().find(|(_, t)| *t == token).map(|(v, _)| *v));
            }>
                <option value="" prop:selected=move || current().is_none()>"Alle"</option>
                {options
                    .into_iter()
                    .map(|(value, token, text)| {
                        view! { <option value=token prop:selected=move || current() == Some(value)>{text}</option> }
                    })
                    .collect_view()}
            </select>
        </label>
    }
}

/// Only the schools of one leesconsulent, or those without one.
#[component]
fn ConsultantChoice() -> impl IntoView {
    let state = use_app_state();
    let filter = state.institution_filter;
    let options = state.people_by_name();
    // "" is all; NONE those without a leesconsulent; else a person's id.
    const NONE: &str = "-";
    let current = move || filter.with(|f| f.consultant.clone());
    view! {
        <label class="field field--compact">
            <span class="field__label">"Leesconsulent"</span>
            <select on:change=move |ev| {
                let value = event_target_value(&ev);
                filter.update(|f| {
                    f.consultant = match value.as_str() {
                        "" => None,
                        NONE => Some(String::new()),
                        id => Some(id.to_string()),
                    }
                });
            }>
                <option value="" prop:selected=move || current().is_none()>"Alle"</option>
                <For each=move || options.get() key=|o| o.clone() let:option>
                    {
                        let (id, name) = option;
                        let selected = id.clone();
                        view! { <option value=id prop:selected=move || current().as_deref() == Some(selected.as_str())>{name}</option> }
                    }
                </For>
                <option value=NONE prop:selected=move || current().is_some_and(|c| c.is_empty())>"Zonder leesconsulent"</option>
            </select>
        </label>
    }
}

#[component]
fn FilterBar() -> impl IntoView {
    let filter = use_app_state().institution_filter;
    let kinds = InstitutionKind::ALL
        .iter()
        .map(|k| (*k, k.token().to_string(), k.label().to_string()))
        .collect();
    let programmes = Programme::ALL
        .iter()
        .map(|p| (*p, p.token().to_string(), p.label().to_string()))
        .collect();
    let steps = (7u8..=12)
        .map(|n| (n, n.to_string(), format!("Stap {n}")))
        .collect();
    let statuses = StepStatus::ALL
        .iter()
        .map(|s| (*s, s.token().to_string(), s.label().to_string()))
        .collect();
    view! {
        <section class="filter-bar" aria-label="Zoeken en filteren">
            <label class="field field--search">
                <span class="field__label">"Zoeken"</span>
                <input
                    type="search"
                    placeholder="Naam, plaats of leesconsulent"
                    prop:value=move || filter.with(|f| f.query.clone())
                    on:input=move |ev| filter.update(|f| f.query = event_target_value(&ev))
                />
            </label>
            <ConsultantChoice/>
            {choice("Soort", kinds, move || filter.with(|f| f.kind), move |v| filter.update(|f| f.kind = v))}
            {choice("Programma", programmes, move || filter.with(|f| f.programme), move |v| filter.update(|f| f.programme = v))}
            {choice("Huidige stap", steps, move || filter.with(|f| f.step), move |v| filter.update(|f| f.step = v))}
            {choice("Status", statuses, move || filter.with(|f| f.status), move |v| filter.update(|f| f.status = v))}
            <label class="field field--compact">
                <span class="field__label">"Sorteren op"</span>
                <select on:change=move |ev| {
                    if let Some(sort) = SortOrder::from_token(&event_target_value(&ev)) {
                        filter.update(|f| f.sort = sort);
                    }
                }>
                    {SortOrder::ALL
                        .iter()
                        .map(|s| view! { <option value=s.token() prop:selected=move || filter.with(|f| f.sort == *s)>{s.label()}</option> })
                        .collect_view()}
                </select>
            </label>
            <label class="checkbox">
                <input
                    type="checkbox"
                    prop:checked=move || filter.with(|f| f.show_archived)
                    on:change=move |ev| filter.update(|f| f.show_archived = event_target_checked(&ev))
                />
                <span>"Gearchiveerde tonen"</span>
            </label>
        </section>
    }
}

/// One institution in the list: its name and facts, its current step and status.
#[component]
fn InstitutionRow(#[prop(into)] institution: Field<Institution>, id: String) -> impl IntoView {
    let standing = use_summaries().work_of(id.clone());
    let phase = move || standing.get().map(|s| s.phase);
    let facts = move || {
        institution.with(|i| {
            [i.kind.label(), i.place.as_str(), i.programme.label()]
                .into_iter()
                .filter(|s| !s.is_empty() && *s != Programme::NoneYet.label())
                .collect::<Vec<_>>()
                .join(" · ")
        })
    };
    let people = use_app_state().workspace.people();
    let consultant = move || {
        let id = institution.consultant().get();
        (!id.is_empty()).then(|| {
            let name = people.with(|all| {
                all.iter()
                    .find(|p| p.id == id)
                    .map_or_else(|| "(niet meer in het team)".to_string(), |p| p.name.clone())
            });
            format!("Leesconsulent: {name}")
        })
    };
    let archived = move || institution.archived().get();
    // Work on its conversations and plan counts as a change of the institution.
    let changed = move || {
        standing
            .get()
            .map(|s| format!("Gewijzigd {}", format_date(&s.last_change)))
    };
    view! {
        <li class="institution-row" class:institution-row--archived=archived>
            <a href=institution_path(&id, None)>
                <span class="institution-row__main">
                    <span class="institution-row__name">{move || institution.name().get()}</span>
                    <span class="institution-row__facts">{facts}</span>
                    {move || consultant().map(|c| view! { <span class="institution-row__facts">{c}</span> })}
                </span>
                <span class="institution-row__phase">
                    <span class="institution-row__step">{move || phase().map(|p| format!("Stap {}", p.step))}</span>
                    <Show
                        when=move || phase().is_some_and(|p| p.not_chosen)
                        fallback=move || view! {
                            <StatusBadge status=Signal::derive(move || phase().map(|p| p.status).unwrap_or_default())/>
                        }
                    >
                        <span class="badge badge--niet-gekozen">"Niet gekozen"</span>
                    </Show>
                    <Show when=archived>
                        <span class="badge">"Gearchiveerd"</span>
                    </Show>
                    <span class="institution-row__changed">{changed}</span>
                </span>
            </a>
        </li>
    }
}
