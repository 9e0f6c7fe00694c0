use leptos::prelude::*;

use crate::components::{StatusBadge, dynamic, live, memo, set_title};
use crate::model::{Institution, InstitutionKind, Programme, SortOrder, StepStatus, format_date};
use crate::routes::{ADD_ANOTHER, ADDED, institution_path};
use crate::state::{use_app_state, use_navigator};

/// Every school and pre-school, searchable and filterable, and the way to add one.
#[component]
pub fn InstitutionsPage() -> impl IntoView {
    set_title("Instellingen");
    let state = use_app_state();
    let filter = state.institution_filter;
    let shown = memo(move || {
        state.workspace.with(|w| {
            filter.with(|f| {
                f.apply(w, &crate::model::FoldedOrder)
                    .into_iter()
                    .cloned()
                    .collect::<Vec<_>>()
            })
        })
    });
    let counts = move || {
        state.workspace.with(|w| {
            (
                w.institutions.len(),
                w.institutions.iter().filter(|i| i.archived).count(),
            )
        })
    };
    view! {
        <article class="page page--wide">
            <h1>"Instellingen"</h1>
            <p class="lead">
                "Elke school en voorschoolse instelling doorloopt stap 7 tot en met 12 op haar eigen manier. "
                {dynamic(move || {
                    let (all, archived) = counts();
                    format!("U volgt er {}{}.", all - archived, if archived > 0 { format!(" (en {archived} gearchiveerd)") } else { String::new() })
                })}
            </p>
            <AddInstitution/>
            <FilterBar/>
            <p class="summary-line" role="status">
                {dynamic(move || match shown.with(Vec::len) {
                    1 => "1 instelling getoond".to_string(),
                    n => format!("{n} instellingen getoond"),
                })}
            </p>
            <ul class="institution-list">
                {dynamic(move || shown.get().into_iter().map(|institution| view! { <InstitutionRow institution/> }).collect_view())}
            </ul>
        </article>
    }
}

#[component]
fn AddInstitution() -> impl IntoView {
    let state = use_app_state();
    let navigator = use_navigator();
    let name = RwSignal::new(String::new());
    let kind = RwSignal::new(InstitutionKind::Basisschool);
    let error = RwSignal::new(None::<String>);
    // Arriving from "Nog een instelling toevoegen", the cursor waits in the name field.
    let field = NodeRef::<leptos::html::Input>::new();
    Effect::new(move |_| {
        if let (true, Some(input)) = (navigator.has_flag(ADD_ANOTHER), field.get()) {
            input.focus().ok();
        }
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match state.add_institution(&name.get_untracked(), kind.get_untracked()) {
            Ok(id) => {
                name.set(String::new());
                // The new page offers "nog een toevoegen" (see `JustAdded`).
                navigator.go(&format!("{}&{ADDED}=1", institution_path(&id, None)));
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
                        placeholder="Bijvoorbeeld Obs De Regenboog"
                        prop:value=live(move || name.get())
                        on:input=move |ev| {
                            name.set(event_target_value(&ev));
                            error.set(None);
                        }
                    />
                    <span class="field-error" role="alert">{dynamic(move || error.get())}</span>
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
                            .map(|k| view! { <option value=k.token() prop:selected=live(move || kind.get() == *k)>{k.label()}</option> })
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
                <option value="" prop:selected=live(move || current().is_none())>"Alle"</option>
                {options
                    .into_iter()
                    .map(|(value, token, text)| {
                        view! { <option value=token prop:selected=live(move || current() == Some(value))>{text}</option> }
                    })
                    .collect_view()}
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
                    prop:value=live(move || filter.with(|f| f.query.clone()))
                    on:input=move |ev| filter.update(|f| f.query = event_target_value(&ev))
                />
            </label>
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
                        .map(|s| view! { <option value=s.token() prop:selected=live(move || filter.with(|f| f.sort == *s))>{s.label()}</option> })
                        .collect_view()}
                </select>
            </label>
            <label class="checkbox">
                <input
                    type="checkbox"
                    prop:checked=live(move || filter.with(|f| f.show_archived))
                    on:change=move |ev| filter.update(|f| f.show_archived = event_target_checked(&ev))
                />
                <span>"Gearchiveerde tonen"</span>
            </label>
        </section>
    }
}

#[component]
fn InstitutionRow(institution: Institution) -> impl IntoView {
    // The row is drawn again whenever the workspace changes (`shown` follows it).
    let phase = use_app_state()
        .workspace
        .with_untracked(|w| w.phase_of(&institution));
    let status = Signal::stored(phase.status);
    let facts = [
        institution.kind.label(),
        institution.place.as_str(),
        institution.programme.label(),
    ]
    .into_iter()
    .filter(|s| !s.is_empty() && *s != Programme::NoneYet.label())
    .collect::<Vec<_>>()
    .join(" · ");
    let consultant = (!institution.consultant.is_empty())
        .then(|| format!("Leesconsulent: {}", institution.consultant));
    view! {
        <li class="institution-row" class:institution-row--archived=institution.archived>
            <a href=institution_path(&institution.id, None)>
                <span class="institution-row__main">
                    <span class="institution-row__name">{institution.name.clone()}</span>
                    <span class="institution-row__facts">{facts}</span>
                    {consultant.map(|c| view! { <span class="institution-row__facts">{c}</span> })}
                </span>
                <span class="institution-row__phase">
                    <span class="institution-row__step">{format!("Stap {}", phase.step)}</span>
                    {if phase.not_chosen {
                        view! { <span class="badge badge--niet-gekozen">"Niet gekozen"</span> }.into_any()
                    } else {
                        view! { <StatusBadge status/> }.into_any()
                    }}
                    {institution.archived.then(|| view! { <span class="badge">"Gearchiveerd"</span> })}
                    <span class="institution-row__changed">
                        {format!("Gewijzigd {}", format_date(&institution.updated_at))}
                    </span>
                </span>
            </a>
        </li>
    }
}
