use leptos::prelude::*;
use leptos_meta::Title;

use crate::browser::clock::today;
use crate::browser::collator::DutchCollator;
use crate::components::{
    AcrossLine, ExportReminder, LastExport, LibraryForm, RecordsLoaded, SchoolYearCard,
    ShowAllButton, StatusBadge, count_to_show,
};
use crate::content::STEPS;
use crate::model::{
    Activity, Institution, InstitutionFilter, LibraryStep, Records, SortOrder,
    WorkspaceStoreFields, attention, format_date, format_month,
};
use crate::pages::team::TeamAtAGlance;
use crate::routes::{
    PRIVACY_PATH, YEAR_OVERVIEW_PATH, YEAR_PLAN_PATH, activity_path, institution_path, step_path,
};
use crate::state::{use_app_state, use_summaries};

/// Where the library stands, at a glance.
#[component]
pub fn OverviewPage() -> impl IntoView {
    let summaries = use_summaries();
    let summary = Memo::new(move |_| {
        summaries
            .library_steps
            .with(|steps| LibraryStep::headline(steps))
    });
    view! {
        <Title text="Overzicht"/>
        <article class="page overview-page">
            <h1>"Overzicht"</h1>
            <Welcome/>
            <RecordsLoaded>
            <ExportReminder link=true/>
            <SchoolYearCard/>
            <section class="card" aria-labelledby="stappenplan-kop">
                <h2 id="stappenplan-kop">"Stappenplan van de bibliotheek"</h2>
                <p class="summary-line">
                    "Stap 1–6, de bibliotheek zelf: "
                    <strong>{move || summary.get().done}</strong>
                    " van 6 afgerond · "
                    {move || summary.get().in_progress}
                    " bezig · "
                    {move || summary.get().not_started()}
                    " niet gestart"
                </p>
                <progress
                    class="progress"
                    max="6"
                    prop:value=move || summary.get().done as f64
                    aria-label="Afgeronde stappen van de bibliotheek zelf"
                ></progress>
                <p class="hint">
                    "Stap 7–12 zet de bibliotheek met elke school en voorschoolse instelling: "
                    "per stap staat hieronder bij hoeveel instellingen die is afgerond."
                </p>
                <ol class="step-strip">
                    {STEPS
                        .iter()
                        .map(|step| {
                            let status = summaries.library_step(step.number);
                            view! {
                                <li>
                                    <a href=step_path(step.number)>
                                        <span class="step-strip__number">{step.number}</span>
                                        <span class="step-strip__title">{step.short_title}</span>
                                        <StatusBadge status=Signal::derive(move || status.get().status)/>
                                        <AcrossLine step/>
                                    </a>
                                </li>
                            }
                        })
                        .collect_view()}
                </ol>
            </section>
            <InstitutionsAtAGlance/>
            <TeamAtAGlance/>
            <ComingActivities/>
            <NeedsAttention/>
            </RecordsLoaded>
            <section class="card" aria-labelledby="export-kop">
                <h2 id="export-kop">"Uw gegevens"</h2>
                <LastExport/>
                <p class="link-line"><a href="/gegevens">"Exporteren, importeren en reservekopieën bij Gegevens"</a></p>
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
        .library()
        .with_untracked(|l| l.name.trim().is_empty());
    let open = RwSignal::new(first_visit);
    view! {
        <Show when=move || open.get()>
            <section class="card welcome" aria-labelledby="welkom-kop">
                <h2 id="welkom-kop">"Welkom"</h2>
                <p>
                    "Met deze app voert u de handreiking ‘Ouderpartnerschap en lezen’ uit. Alles wat u "
                    "invult, blijft op dit apparaat en wordt meteen bewaard. Vul eerst uw bibliotheek en uw naam in."
                </p>
                <LibraryForm/>
                <p class="hint">"U kunt dit later wijzigen bij Gegevens."</p>
                <p class="hint">
                    "Wat de app bewaart en wat u beter niet vastlegt: "
                    <a href=PRIVACY_PATH>"Privacy"</a>
                    "."
                </p>
                <button type="button" class="button" on:click=move |_| open.set(false)>
                    "Klaar"
                </button>
            </section>
        </Show>
    }
}

/// Every active institution with its current step and status.
#[component]
fn InstitutionsAtAGlance() -> impl IntoView {
    let state = use_app_state();
    let work = use_summaries().work;
    let all = RwSignal::new(false);
    let rows = Memo::new(move |_| {
        let by_step = InstitutionFilter {
            sort: SortOrder::CurrentStep,
            ..Default::default()
        };
        state.workspace.institutions().track();
        state.workspace.with_untracked(|workspace| {
            work.with(|states| {
                by_step
                    .apply(workspace, states, &DutchCollator)
                    .into_iter()
                    .filter_map(|i| {
                        let phase = states.get(&i.id)?.phase;
                        Some((i.id.clone(), i.name.clone(), phase))
                    })
                    .collect::<Vec<_>>()
            })
        })
    });
    let total = move || rows.with(Vec::len);
    view! {
        <section class="card" aria-labelledby="instellingen-kop">
            <h2 id="instellingen-kop">"Instellingen"</h2>
            <Show when=move || { total() > 0 } fallback=NoInstitutionsYet>
                <table class="overview-table">
                    <thead>
                        <tr><th scope="col">"Instelling"</th><th scope="col">"Huidige stap"</th></tr>
                    </thead>
                    <tbody>
                        <For
                            each=move || rows.get().into_iter().take(count_to_show(total(), all))
                            key=|row| row.clone()
                            let:((id, name, phase))
                        >
                            <tr>
                                <td><a href=institution_path(&id, None)>{name}</a></td>
                                <td>
                                    <a href=institution_path(&id, Some(if phase.not_chosen { 7 } else { phase.step }))>
                                        {phase.label()}
                                    </a>
                                </td>
                            </tr>
                        </For>
                    </tbody>
                </table>
                {move || view! { <ShowAllButton total=total() all what="instellingen"/> }}
            </Show>
        </section>
    }
}

#[component]
fn NoInstitutionsYet() -> impl IntoView {
    view! {
        <p>
            "U volgt nog geen scholen of voorschoolse instellingen. "
            <a href="/instellingen">"Voeg een instelling toe"</a>
            " om haar door stap 7 tot en met 12 te volgen."
        </p>
    }
}

#[component]
fn NoActivitiesComing() -> impl IntoView {
    view! {
        <p class="hint">
            "Geen open activiteiten met een maand. Geef activiteiten een maand in het "
            "planningsformulier bij stap 11 van een instelling."
        </p>
    }
}

/// One group of the coming activities: a heading and its links.
#[derive(Clone, PartialEq)]
struct ActivityGroup {
    heading: String,
    overdue: bool,
    items: Links,
}

/// The open activities of every planning form: those whose month has passed first, as
/// overdue, then from this month on, month by month.
#[component]
fn ComingActivities() -> impl IntoView {
    let state = use_app_state();
    let all = RwSignal::new(false);
    let this_month: String = today().chars().take(7).collect();
    let groups = Memo::new(move |_| {
        state.read_all(|w| {
            let coming = w.coming_activities(&this_month);
            let link = |(i, a): (&Institution, &Activity), with_month: bool| {
                let what = match a.activity.trim() {
                    "" => "activiteit zonder naam",
                    text => text,
                };
                let month = if with_month {
                    format!(" ({})", format_month(&a.month))
                } else {
                    String::new()
                };
                (
                    activity_path(
                        &i.id,
                        &a.id,
                        &a.year().map(|y| y.label()).unwrap_or_default(),
                    ),
                    format!("{}: {what}{month}", i.name),
                )
            };
            let overdue = (!coming.overdue.is_empty()).then(|| ActivityGroup {
                heading: "Achterstallig".to_string(),
                overdue: true,
                items: coming.overdue.iter().map(|row| link(*row, true)).collect(),
            });
            let months = coming.by_month.iter().map(|(month, rows)| ActivityGroup {
                heading: format_month(month),
                overdue: false,
                items: rows.iter().map(|row| link(*row, false)).collect(),
            });
            overdue.into_iter().chain(months).collect::<Vec<_>>()
        })
    });
    let total = move || groups.with(|g| g.iter().map(|g| g.items.len()).sum::<usize>());
    view! {
        <section class="card" aria-labelledby="activiteiten-kop">
            <h2 id="activiteiten-kop">"Komende activiteiten"</h2>
            <p class="link-line institution-page__links">
                <a href=YEAR_PLAN_PATH>"Het hele schooljaar in de Jaarplanning"</a>
                <a href=YEAR_OVERVIEW_PATH>"Jaaroverzicht voor directie en gemeente"</a>
            </p>
            <Show when=move || { total() > 0 } fallback=NoActivitiesComing>
                {move || {
                    let mut left = count_to_show(total(), all);
                    groups
                        .get()
                        .into_iter()
                        .map_while(|group| {
                            let items: Vec<_> = group.items.into_iter().take(left).collect();
                            left -= items.len();
                            (!items.is_empty()).then(|| view! {
                                <h3 class:overdue=group.overdue>{group.heading}</h3>
                                <ul class="link-list" class:overdue=group.overdue>
                                    {items.into_iter().map(|(href, text)| view! { <li><a href=href>{text}</a></li> }).collect_view()}
                                </ul>
                            })
                        })
                        .collect_view()
                }}
                {move || view! { <ShowAllButton total=total() all what="activiteiten"/> }}
            </Show>
        </section>
    }
}

/// One list of what needs attention: links with their text.
type Links = Vec<(String, String)>;

/// What is due next, what has been in progress longest, and who has gone quiet.
#[component]
fn NeedsAttention() -> impl IntoView {
    let state = use_app_state();
    let work = use_summaries().work;
    let date = today();
    let lists = Memo::new(move |_| {
        let library = state.library_name();
        let steps = state.workspace.steps().read();
        let institutions = state.workspace.institutions().read();
        work.with(|states| {
            let records = Records {
                library: &library,
                steps: &steps,
                institutions: &institutions,
                states,
            };
            let found = attention(&records, &date);
            let evaluations: Links = found
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
                .collect();
            let in_progress: Links = found
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
                .collect();
            let quiet: Links = found
                .quiet
                .iter()
                .map(|(i, days)| {
                    (
                        institution_path(&i.id, None),
                        format!("{}: {days} dagen niets gewijzigd", i.name),
                    )
                })
                .collect();
            [evaluations, in_progress, quiet]
        })
    });
    let list = move |index: usize, title: &'static str, empty: &'static str, what: &'static str| {
        let all = RwSignal::new(false);
        let total = move || lists.with(|l| l[index].len());
        view! {
            <h3>{title}</h3>
            <Show when=move || { total() > 0 } fallback=move || view! { <p class="hint">{empty}</p> }>
                <ul class="link-list">
                    <For
                        each=move || lists.with(|l| l[index].clone()).into_iter().take(count_to_show(total(), all))
                        key=|item| item.clone()
                        let:((href, text))
                    >
                        <li><a href=href>{text}</a></li>
                    </For>
                </ul>
                {move || view! { <ShowAllButton total=total() all what/> }}
            </Show>
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
