use leptos::prelude::*;

use crate::components::{
    AcrossLine, ExportReminder, LastExport, LibraryForm, StatusBadge, derived, dynamic, live, memo,
    set_title, show_all_button, shown,
};
use crate::content::STEPS;
use crate::model::{
    Institution, InstitutionFilter, SortOrder, attention, format_date, format_month,
};
use crate::routes::{institution_path, step_path};
use crate::state::{today, use_app_state};

/// Where the library stands, at a glance.
#[component]
pub fn OverviewPage() -> impl IntoView {
    set_title("Overzicht");
    let state = use_app_state();
    let summary = move || state.workspace.with(|w| w.step_summary());
    view! {
        <article class="page overview-page">
            <h1>"Overzicht"</h1>
            <Welcome/>
            <ExportReminder link=true/>
            <section class="card" aria-labelledby="stappenplan-kop">
                <h2 id="stappenplan-kop">"Stappenplan van de bibliotheek"</h2>
                <p class="summary-line">
                    <strong>{dynamic(move || summary().done)}</strong>
                    " van 12 stappen afgerond · "
                    {dynamic(move || summary().in_progress)}
                    " bezig · "
                    {dynamic(move || summary().not_started())}
                    " niet gestart"
                </p>
                <progress
                    class="progress"
                    max="12"
                    prop:value=live(move || summary().done as f64)
                    aria-label="Afgeronde stappen"
                ></progress>
                <ol class="step-strip">
                    {STEPS
                        .iter()
                        .map(|step| {
                            let status = derived(move || state.workspace.with(|w| w.library_step(step).status));
                            view! {
                                <li>
                                    <a href=step_path(step.number)>
                                        <span class="step-strip__number">{step.number}</span>
                                        <span class="step-strip__title">{step.short_title}</span>
                                        <StatusBadge status/>
                                        <AcrossLine step/>
                                    </a>
                                </li>
                            }
                        })
                        .collect_view()}
                </ol>
            </section>
            <InstitutionsAtAGlance/>
            <ComingActivities/>
            <NeedsAttention/>
            <section class="card" aria-labelledby="export-kop">
                <h2 id="export-kop">"Uw gegevens"</h2>
                <LastExport/>
                <p><a href="/gegevens">"Exporteren, importeren en reservekopieën bij Gegevens"</a></p>
            </section>
        </article>
    }
}

/// First-run prompt for the library's and the user's name; shown until both are set.
#[component]
fn Welcome() -> impl IntoView {
    let state = use_app_state();
    // Decided once per visit, so the card does not vanish while the user types.
    let first_visit = state
        .workspace
        .with_untracked(|w| w.library.name.trim().is_empty());
    let open = RwSignal::new(first_visit);
    view! {
        {dynamic(move || open.get().then(|| view! {
            <section class="card welcome" aria-labelledby="welkom-kop">
                <h2 id="welkom-kop">"Welkom"</h2>
                <p>
                    "Met deze app voert u de handreiking ‘Ouderpartnerschap en lezen’ uit. Alles wat u "
                    "invult, blijft op dit apparaat en wordt meteen bewaard. Vul eerst uw bibliotheek en uw naam in."
                </p>
                <LibraryForm/>
                <p class="hint">"U kunt dit later wijzigen bij Gegevens."</p>
                <button type="button" class="button" on:click=move |_| open.set(false)>
                    "Klaar"
                </button>
            </section>
        }))}
    }
}

/// Every active institution with its current step and status.
#[component]
fn InstitutionsAtAGlance() -> impl IntoView {
    let state = use_app_state();
    let all = RwSignal::new(false);
    let rows = move || {
        let by_step = InstitutionFilter {
            sort: SortOrder::CurrentStep,
            ..Default::default()
        };
        state.workspace.with(|w| {
            by_step
                .apply(w, &crate::model::FoldedOrder)
                .into_iter()
                .map(|i| (i.id.clone(), i.name.clone(), w.phase_of(i)))
                .collect::<Vec<_>>()
        })
    };
    view! {
        <section class="card" aria-labelledby="instellingen-kop">
            <h2 id="instellingen-kop">"Instellingen"</h2>
            {dynamic(move || {
                let rows = rows();
                if rows.is_empty() {
                    return view! {
                        <p>
                            "U volgt nog geen scholen of voorschoolse instellingen. "
                            <a href="/instellingen">"Voeg een instelling toe"</a>
                            " om haar door stap 7 tot en met 12 te volgen."
                        </p>
                    }
                    .into_any();
                }
                let total = rows.len();
                let body = rows
                    .into_iter()
                    .take(shown(total, all))
                    .map(|(id, name, phase)| {
                        let step = if phase.not_chosen { Some(7) } else { Some(phase.step) };
                        view! {
                            <tr>
                                <td><a href=institution_path(&id, None)>{name}</a></td>
                                <td><a href=institution_path(&id, step)>{phase.label()}</a></td>
                            </tr>
                        }
                    })
                    .collect_view();
                view! {
                    <table class="overview-table">
                        <thead>
                            <tr><th scope="col">"Instelling"</th><th scope="col">"Huidige stap"</th></tr>
                        </thead>
                        <tbody>{body}</tbody>
                    </table>
                    {show_all_button(total, all, "instellingen")}
                }
                .into_any()
            })}
        </section>
    }
}

/// The open activities of every planning form from this month on, month by month.
#[component]
fn ComingActivities() -> impl IntoView {
    let state = use_app_state();
    let all = RwSignal::new(false);
    let this_month: String = today().chars().take(7).collect();
    let months = live(move || {
        state.workspace.with(|w| {
            w.coming_activities(&this_month)
                .into_iter()
                .map(|(month, rows)| {
                    let items = rows
                        .into_iter()
                        .map(|(i, a)| {
                            let what = match a.activity.trim() {
                                "" => "activiteit zonder naam",
                                text => text,
                            };
                            (
                                institution_path(&i.id, Some(11)),
                                format!("{}: {what}", i.name),
                            )
                        })
                        .collect::<Vec<_>>();
                    (format_month(&month), items)
                })
                .collect::<Vec<_>>()
        })
    });
    view! {
        <section class="card" aria-labelledby="activiteiten-kop">
            <h2 id="activiteiten-kop">"Komende activiteiten"</h2>
            {dynamic(move || {
                let months = months();
                if months.is_empty() {
                    return view! {
                        <p class="hint">
                            "Geen open activiteiten vanaf deze maand. Geef activiteiten een maand in het planningsformulier bij stap 11 van een instelling."
                        </p>
                    }
                    .into_any();
                }
                let total = months.iter().map(|(_, items)| items.len()).sum();
                let mut left = shown(total, all);
                let shown_months = months
                    .into_iter()
                    .map_while(|(month, items)| {
                        let items: Vec<_> = items.into_iter().take(left).collect();
                        left -= items.len();
                        (!items.is_empty()).then(|| view! {
                            <h3>{month}</h3>
                            <ul class="link-list">
                                {items.into_iter().map(|(href, text)| view! { <li><a href=href>{text}</a></li> }).collect_view()}
                            </ul>
                        })
                    })
                    .collect_view();
                view! { {shown_months} {show_all_button(total, all, "activiteiten")} }.into_any()
            })}
        </section>
    }
}

/// What is due next, what has been in progress longest, and who has gone quiet.
#[component]
fn NeedsAttention() -> impl IntoView {
    let state = use_app_state();
    let date = today();
    let lists = memo(move || {
        state.workspace.with(|w| {
            let found = attention(w, &date);
            let evaluations = found
                .evaluations
                .iter()
                .map(|(i, days)| {
                    let when = format_date(i.next_evaluation().unwrap_or_default());
                    let text = match *days {
                        d if d < 0 => format!(
                            "{}: evaluatie gepland op {when} ({} dagen geleden)",
                            i.name, -d
                        ),
                        0 => format!("{}: evaluatie vandaag", i.name),
                        d => format!("{}: evaluatie op {when} (over {d} dagen)", i.name),
                    };
                    (institution_path(&i.id, Some(12)), text)
                })
                .collect::<Vec<_>>();
            let in_progress = found
                .in_progress
                .iter()
                .take(8)
                .map(|s| {
                    let href = match &s.institution_id {
                        Some(id) => institution_path(id, Some(s.step)),
                        None => step_path(s.step),
                    };
                    let since = s
                        .days
                        .map(|d| format!(", al {d} dagen"))
                        .unwrap_or_default();
                    (href, format!("{}: stap {} bezig{since}", s.who, s.step))
                })
                .collect::<Vec<_>>();
            let quiet = found
                .quiet
                .iter()
                .map(|(i, days): &(&Institution, i64)| {
                    (
                        institution_path(&i.id, None),
                        format!("{}: {days} dagen niets gewijzigd", i.name),
                    )
                })
                .collect::<Vec<_>>();
            [evaluations, in_progress, quiet]
        })
    });
    let list = move |index: usize, title: &'static str, empty: &'static str, what: &'static str| {
        let all = RwSignal::new(false);
        view! {
            <h3>{title}</h3>
            {dynamic(move || {
                let items = lists.with(|l| l[index].clone());
                let total = items.len();
                if items.is_empty() {
                    view! { <p class="hint">{empty}</p> }.into_any()
                } else {
                    view! {
                        <ul class="link-list">
                            {items.into_iter().take(shown(total, all)).map(|(href, text)| view! { <li><a href=href>{text}</a></li> }).collect_view()}
                        </ul>
                        {show_all_button(total, all, what)}
                    }
                    .into_any()
                }
            })}
        }
    };
    view! {
        <section class="card" aria-labelledby="aandacht-kop">
            <h2 id="aandacht-kop">"Wat aandacht vraagt"</h2>
            {list(0, "Komende evaluaties", "Geen evaluaties gepland. Leg ze vast bij stap 12 van een instelling.", "evaluaties")}
            {list(1, "Het langst bezig", "Geen stappen in uitvoering.", "stappen")}
            {list(2, "Al lang niets gebeurd", "Geen instellingen die al zes weken of langer stilliggen.", "instellingen")}
        </section>
    }
}
