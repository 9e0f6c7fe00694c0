//! The Jaaroverzicht: one school year's figures for the library's management and the
//! municipality, with charts (each also a table), to print and to download.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::browser::clock::{now, today};
use crate::browser::download::download;
use crate::components::{PrintButton, RecordsLoaded};
use crate::components::{YearRefused, use_query_value, use_school_year};
use crate::model::{
    Among, YearOverview, institutions_table, month_abbreviation, month_name, places, year_overview,
};
use crate::routes::year_overview_path;
use crate::state::{use_app_state, use_summaries};
use crate::storage::document::file_name;

#[component]
pub fn YearOverviewPage() -> impl IntoView {
    let state = use_app_state();
    let summaries = use_summaries();
    let place = use_query_value("plaats");
    let consultant = use_query_value("leesconsulent");
    let chosen = use_school_year();
    let year = move || chosen.year.get();
    let overview = Memo::new(move |_| {
        let year = year()?;
        let (place, consultant) = (place.get(), consultant.get());
        let among = Among {
            place: place.as_deref(),
            consultant: consultant.as_deref(),
        };
        Some(
            summaries
                .work
                .with(|states| state.read_all(|w| year_overview(w, states, year, among))),
        )
    });
    let all_places = Memo::new(move |_| state.read_all(places));
    let downloaded = RwSignal::new(None::<Result<(), String>>);
    let offer = move |what: &str, table: crate::model::Table| {
        let Some(figures) = overview.get_untracked() else {
            return;
        };
        let place = figures.place.clone().unwrap_or_default();
        let consultant = figures.consultant.clone().unwrap_or_default();
        let name = format!("{} {place} {consultant}", figures.year.label());
        let file = file_name(what, &name, &now(), "csv");
        downloaded.set(Some(download(
            &file,
            &table.csv(),
            "text/csv;charset=utf-8",
        )));
    };
    let download_figures = move |_| {
        if let Some(figures) = overview.get_untracked() {
            offer("jaaroverzicht", figures.figures_table());
        }
    };
    let download_list = move |_| {
        let (place, consultant) = (place.get_untracked(), consultant.get_untracked());
        let among = Among {
            place: place.as_deref(),
            consultant: consultant.as_deref(),
        };
        let Some(shown_year) = chosen.year.get_untracked() else {
            return;
        };
        let table = summaries.work.with_untracked(|states| {
            state
                .workspace
                .with_untracked(|w| institutions_table(w, states, shown_year, among))
        });
        offer("instellingen", table);
    };
    let navigate = leptos_router::hooks::use_navigate();
    let go = Callback::new(move |path: String| navigate(&path, Default::default()));
    let choose_place = move |ev: leptos::ev::Event| {
        let chosen = event_target_value(&ev);
        let place = (!chosen.is_empty()).then_some(chosen);
        let label = year().map(|y| y.label());
        go.run(year_overview_path(
            label.as_deref(),
            place.as_deref(),
            consultant.get_untracked().as_deref(),
        ));
    };
    let choose_consultant = move |ev: leptos::ev::Event| {
        let chosen = event_target_value(&ev);
        let person = (!chosen.is_empty()).then_some(chosen);
        let label = year().map(|y| y.label());
        go.run(year_overview_path(
            label.as_deref(),
            place.get_untracked().as_deref(),
            person.as_deref(),
        ));
    };
    let team = state.people_by_name();
    view! {
        <Title text="Jaaroverzicht"/>
        <article class="page report year-overview">
            <h1>"Jaaroverzicht"</h1>
            <RecordsLoaded>
            <YearRefused chosen/>
            {move || overview.get().map(|figures| {
                let year = figures.year;
                let place = figures.place.clone();
                let who = consultant.get();
                let of_consultant = figures.consultant.clone();
                let (library, by) = state.read_all(|w| {
                    (w.display_name().to_string(), w.library.user_name.trim().to_string())
                });
                let made = crate::model::format_date(&today());
                let made = match by.as_str() {
                    "" => format!("opgesteld op {made}"),
                    by => format!("opgesteld door {by} op {made}"),
                };
                // A place in the address that no institution has: said, not silently zero.
                let unknown = place.clone().filter(|p| {
                    !all_places.get().iter().any(|known| known.to_lowercase() == p.trim().to_lowercase())
                });
                view! {
                    <p class="summary-line">
                        <strong>{library}</strong>
                        " · schooljaar " <strong>{year.label()}</strong>
                        {place.clone().map(|p| format!(", {p}"))}
                        {of_consultant.map(|name| format!(", leesconsulent {name}"))}
                        {format!(" · {made}")}
                    </p>
                    {unknown.map(|p| view! {
                        <p class="import-refused no-print" role="alert">
                            {format!("Geen instelling heeft ‘{p}’ als plaats. Kies hieronder een plaats of alle plaatsen.")}
                        </p>
                    })}
                    <nav class="button-row button-row--fields no-print" aria-label="Schooljaar, plaats en bestanden">
                        <a class="button button--secondary" href=year_overview_path(Some(&year.previous().label()), place.as_deref(), who.as_deref())>"Vorig schooljaar"</a>
                        <a class="button button--secondary" href=year_overview_path(Some(&year.next().label()), place.as_deref(), who.as_deref())>"Volgend schooljaar"</a>
                        <label class="field year-overview__place">
                            <span class="field__label">"Plaats"</span>
                            <select on:change=choose_place>
                                <option value="" selected=place.is_none()>"Alle plaatsen"</option>
                                {all_places.get().into_iter().map(|p| {
                                    let selected = place.as_deref().is_some_and(|chosen| chosen.to_lowercase() == p.to_lowercase());
                                    view! { <option value=p.clone() selected=selected>{p.clone()}</option> }
                                }).collect_view()}
                            </select>
                        </label>
                        <label class="field year-overview__place">
                            <span class="field__label">"Leesconsulent"</span>
                            <select on:change=choose_consultant>
                                <option value="" selected=who.is_none()>"Het hele team"</option>
                                {team.get().into_iter().map(|(id, name)| {
                                    let selected = who.as_deref() == Some(id.as_str());
                                    view! { <option value=id selected=selected>{name}</option> }
                                }).collect_view()}
                            </select>
                        </label>
                    </nav>
                    <div class="button-row no-print">
                        <PrintButton/>
                        <button type="button" class="button button--secondary" on:click=download_figures>"Cijfers downloaden (CSV)"</button>
                        <button type="button" class="button button--secondary" on:click=download_list>"Lijst van instellingen (CSV)"</button>
                    </div>
                    <div role="status" class="no-print">
                        {move || downloaded.get().map(|result| match result {
                            Ok(()) => "Het CSV-bestand is gedownload; Excel opent het met de kolommen.".to_string(),
                            Err(reason) => reason,
                        })}
                    </div>
                    {figures_view(&figures)}
                }
            })}
            </RecordsLoaded>
        </article>
    }
}

/// The figures: institutions, steps 7–12, the plans by month, conversations and
/// evaluations, the library's own steps.
fn figures_view(figures: &YearOverview) -> impl IntoView + use<> {
    let counted = |list: &[(&'static str, usize)]| {
        list.iter()
            .map(|(what, n)| view! { <li>{format!("{what}: {n}")}</li> })
            .collect_view()
    };
    let steps_chart = bar_chart(
        "Stap 7–12: afgerond en bezig per stap",
        figures
            .steps
            .iter()
            .map(|(n, _, a)| (format!("Stap {n}"), a.done, a.in_progress, a.total))
            .collect(),
        ("afgerond", "bezig"),
    );
    let months_chart = bar_chart(
        "Activiteiten per maand: gedaan en nog open",
        figures
            .months
            .iter()
            .map(|m| {
                let name = month_abbreviation(m.month);
                (name.to_string(), m.done, m.planned - m.done, m.planned)
            })
            .collect(),
        ("gedaan", "open"),
    );
    view! {
        <section class="report-part">
            <h2>"Instellingen"</h2>
            <p>{count(figures.institutions, "instelling", "instellingen")}</p>
            {(figures.institutions > 0).then(|| view! {
                <h3>"Soort"</h3>
                <ul>{counted(&figures.by_kind)}</ul>
                <h3>"Programma"</h3>
                <ul>{counted(&figures.by_programme)}</ul>
            })}
        </section>
        <section class="report-part">
            <h2>"Waar de instellingen nu staan"</h2>
            <p class="hint">{format!("Stand op {}: de stappen beginnen niet elk schooljaar opnieuw.", crate::model::format_date(&today()))}</p>
            {steps_chart}
            <table class="report-table">
                <thead><tr><th scope="col">"Stap"</th><th scope="col">"Afgerond"</th><th scope="col">"Bezig"</th><th scope="col">"Van"</th></tr></thead>
                <tbody>
                    {figures.steps.iter().map(|(n, title, a)| view! {
                        <tr><th scope="row">{format!("{n}. {title}")}</th><td>{a.done}</td><td>{a.in_progress}</td><td>{a.total}</td></tr>
                    }).collect_view()}
                </tbody>
            </table>
            <p class="hint">"Stap 7 telt alle instellingen, stap 8–12 de gekozen instellingen. Stap 12 afgerond: de cyclus is rond."</p>
        </section>
        <section class="report-part">
            <h2>"Activiteiten"</h2>
            <p>{match figures.partly() {
                0 => format!("{} gepland in dit schooljaar, {} gedaan.", count(figures.planned(), "activiteit", "activiteiten"), figures.done()),
                partly => format!("{} gepland in dit schooljaar, {} gedaan, {partly} deels.", count(figures.planned(), "activiteit", "activiteiten"), figures.done()),
            }}</p>
            {(figures.without_month > 0).then(|| view! {
                <p>{format!("Daarnaast {} zonder maand, die in geen maand te tellen {}.", count(figures.without_month, "activiteit", "activiteiten"), if figures.without_month == 1 { "is" } else { "zijn" })}</p>
            })}
            {months_chart}
            <table class="report-table">
                <thead><tr><th scope="col">"Maand"</th><th scope="col">"Gepland"</th><th scope="col">"Gedaan"</th><th scope="col">"Deels"</th></tr></thead>
                <tbody>
                    {figures.months.iter().map(|m| view! {
                        <tr><th scope="row">{format!("{} {}", month_name(m.month), m.month.year())}</th><td>{m.planned}</td><td>{m.done}</td><td>{m.partly}</td></tr>
                    }).collect_view()}
                </tbody>
            </table>
        </section>
        <section class="report-part">
            <h2>"Gesprekken en evaluaties"</h2>
            <ul>
                <li>{format!("Gesprekken gehouden: {}", figures.conversations_held)}</li>
                <li>{format!("Evaluaties gehouden: {}", figures.evaluations_held)}</li>
            </ul>
        </section>
        <section class="report-part">
            <h2>"De bibliotheek zelf (stap 1–6)"</h2>
            <ul>
                {figures.library_steps.iter().map(|(n, title, status)| view! {
                    <li>{format!("Stap {n}. {title}: {}", status.label())}</li>
                }).collect_view()}
            </ul>
        </section>
    }
}

/// "1 instelling", "3 instellingen".
fn count(n: usize, one: &str, more: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { more })
}

/// A horizontal bar chart drawn from the figures: per row a first part (e.g. done), a second
/// (in progress) and the whole. The table beside it says the same for screen readers, so
/// the drawing is hidden from them.
fn bar_chart(
    title: &'static str,
    rows: Vec<(String, usize, usize, usize)>,
    parts: (&'static str, &'static str),
) -> impl IntoView + use<> {
    const ROW: usize = 26;
    const LABEL: f64 = 70.0;
    const WIDTH: f64 = 330.0;
    let most = rows.iter().map(|r| r.3).max().unwrap_or(0).max(1) as f64;
    let scale = |n: usize| n as f64 / most * WIDTH;
    let height = rows.len() * ROW + 24;
    let bars = rows
        .into_iter()
        .enumerate()
        .map(|(i, (label, first, second, whole))| {
            let y = (i * ROW) as f64;
            view! {
                <g>
                    <text x="0" y=y + 17.0 class="chart__label">{label}</text>
                    <rect x=LABEL y=y + 4.0 width=scale(whole) height="18" class="chart__whole"/>
                    <rect x=LABEL y=y + 4.0 width=scale(first) height="18" class="chart__first"/>
                    <rect x=LABEL + scale(first) y=y + 4.0 width=scale(second) height="18" class="chart__second"/>
                    <text x=LABEL + scale(whole) + 6.0 y=y + 17.0 class="chart__label">{whole}</text>
                </g>
            }
        })
        .collect_view();
    let legend_y = (height - 6) as f64;
    view! {
        <figure class="chart">
            <figcaption>{title}</figcaption>
            <svg viewBox=format!("0 0 440 {height}") width="100%" aria-hidden="true">
                {bars}
                <rect x=LABEL y=legend_y - 10.0 width="12" height="12" class="chart__first"/>
                <text x=LABEL + 16.0 y=legend_y class="chart__label">{parts.0}</text>
                <rect x=LABEL + 110.0 y=legend_y - 10.0 width="12" height="12" class="chart__second"/>
                <text x=LABEL + 126.0 y=legend_y class="chart__label">{parts.1}</text>
            </svg>
        </figure>
    }
}
