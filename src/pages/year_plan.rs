//! The Jaarplanning: one school year month by month, every dated thing linked to where it is
//! edited, and the year as a calendar file.

use jiff::civil::Date;
use leptos::prelude::*;
use leptos_meta::Title;

use crate::browser::clock::{now, today};
use crate::browser::download::download;
use crate::components::RecordsLoaded;
use crate::components::{YearRefused, use_query_value, use_school_year};
use crate::model::{
    CalendarItem, Place, When, calendar_file, month_name, parse_date, year_calendar,
};
use crate::pages::fixed_moments::FixedMoments;
use crate::routes::{
    activity_path, conversation_path, institution_path, moment_anchor, step_path, year_plan_path,
};
use crate::state::use_app_state;
use crate::storage::document::file_name;

#[component]
pub fn YearPlanPage() -> impl IntoView {
    let state = use_app_state();
    let only = use_query_value("instelling");
    // The institution whose items alone are shown: (id, name); `Err(id)` if it is not there.
    let institution = Memo::new(move |_| {
        let id = only.get()?;
        Some(state.read_all(|w| match w.institution(&id) {
            Some(i) => Ok((id.clone(), i.name.trim().to_string())),
            None => Err(id.clone()),
        }))
    });
    let chosen = use_school_year();
    let year = move || chosen.year.get();
    let today = parse_date(&today()).unwrap_or_default();
    let calendar = Memo::new(move |_| {
        let year = year()?;
        let mut months = state.read_all(|w| year_calendar(w, year));
        if let Some(Ok((id, _))) = institution.get() {
            for (_, items) in &mut months {
                items.retain(|item| item.institution.as_deref() == Some(id.as_str()));
            }
        }
        Some((year, months))
    });
    let shown_institution = move || match institution.get() {
        Some(Ok((id, _))) => Some(id),
        _ => None,
    };
    let downloaded = RwSignal::new(None::<Result<(), String>>);
    let download_year = move |_| {
        let Some((year, months)) = calendar.get_untracked() else {
            return;
        };
        let of = match institution.get_untracked() {
            Some(Ok((_, name))) => format!(" {name}"),
            _ => String::new(),
        };
        let library = state
            .workspace
            .with_untracked(|w| w.display_name().to_string());
        let name = format!("Jaarplanning {}{of} – {library}", year.label());
        let items: Vec<&CalendarItem> = months.iter().flat_map(|(_, items)| items).collect();
        let stamp = now();
        // A calendar file holds at least one event: an empty year gets a word instead.
        let Some(file) = calendar_file(&name, &items, &stamp) else {
            downloaded.set(Some(Err(
                "In dit schooljaar staat niets met een datum, dus er is geen agendabestand gemaakt."
                    .to_string(),
            )));
            return;
        };
        let file_name = file_name(
            "jaarplanning",
            &format!("{}{of}", year.label()),
            &stamp,
            "ics",
        );
        downloaded.set(Some(download(
            &file_name,
            &file,
            "text/calendar;charset=utf-8",
        )));
    };
    view! {
        <Title text="Jaarplanning"/>
        <article class="page year-plan">
            <h1>"Jaarplanning"</h1>
            <RecordsLoaded>
            <YearRefused chosen/>
            {move || institution.get().map(|found| match found {
                Ok((_, name)) => view! {
                    <p class="year-plan__only">
                        "Alleen " <strong>{name}</strong> ". "
                        <a href=move || year_plan_path(year().map(|y| y.label()).as_deref(), None)>"Alle instellingen en de bibliotheek"</a>
                    </p>
                }
                .into_any(),
                Err(_) => view! {
                    <p class="import-refused" role="alert">
                        "Deze instelling staat niet (meer) in uw gegevens. Hieronder staat de jaarplanning van alles."
                    </p>
                }
                .into_any(),
            })}
            {move || calendar.get().map(|(year, months)| {
                let count: usize = months.iter().map(|(_, items)| items.len()).sum();
                view! {
                    <nav class="button-row year-plan__years" aria-label="Schooljaar kiezen">
                        <a class="button button--secondary" href=year_plan_path(Some(&year.previous().label()), shown_institution().as_deref())>
                            "Vorig schooljaar"
                        </a>
                        <h2 class="year-plan__year">"Schooljaar " {year.label()}</h2>
                        <a class="button button--secondary" href=year_plan_path(Some(&year.next().label()), shown_institution().as_deref())>
                            "Volgend schooljaar"
                        </a>
                    </nav>
                    <p class="hint">
                        "Alles met een datum of maand: stappen, gesprekken, evaluaties en de activiteiten uit de planningsformulieren. "
                        "Tik op een regel om die te bewerken."
                    </p>
                    <div class="button-row">
                        <button type="button" class="button button--secondary" on:click=download_year>
                            "Agenda downloaden (.ics)"
                        </button>
                    </div>
                    <div role="status">
                        {move || downloaded.get().map(|result| match result {
                            Ok(()) => format!(
                                "Het agendabestand is gedownload ({count} {}). Open het met Outlook, Google Agenda of de agenda van de iPad.",
                                if count == 1 { "afspraak" } else { "afspraken" }
                            ),
                            Err(reason) => reason,
                        })}
                    </div>
                    {(count == 0).then(|| view! {
                        <p class="hint">
                            "In dit schooljaar staat nog niets met een datum. Geef stappen een datum, plan gesprekken en geef activiteiten in het planningsformulier een maand."
                        </p>
                    })}
                    <ol class="year-plan__months">
                        {months.into_iter().map(|(month, items)| view! {
                            <li class="card year-plan__month">
                                <h3>{format!("{} {}", month_name(month), month.year())}</h3>
                                {if items.is_empty() {
                                    view! { <p class="hint">"Niets gepland."</p> }.into_any()
                                } else {
                                    view! {
                                        <ul class="link-list">
                                            {items.into_iter().map(|item| item_view(item, today)).collect_view()}
                                        </ul>
                                    }
                                    .into_any()
                                }}
                            </li>
                        }).collect_view()}
                    </ol>
                }
            })}
            <Show when=move || shown_institution().is_none()>
                <FixedMoments/>
            </Show>
            </RecordsLoaded>
        </article>
    }
}

/// One line of a month: when, what (linked to where it is edited), and whether it is done
/// or, an activity whose month has passed, overdue.
fn item_view(item: CalendarItem, today: Date) -> impl IntoView {
    let overdue = item.is_overdue(today);
    let when = match item.when {
        When::Month(_) => "hele maand".to_string(),
        When::Day(day) => format!("{} {}", day.day(), month_name(day)),
    };
    let href = match &item.place {
        Place::LibraryStep(step) => step_path(*step),
        Place::InstitutionStep { institution, step } => institution_path(institution, Some(*step)),
        Place::Activity {
            institution,
            activity,
        } => activity_path(
            institution,
            activity,
            &crate::model::SchoolYear::of(item.when.month()).label(),
        ),
        Place::Conversation(id) => conversation_path(id),
        Place::Moment(id) => format!("#{}", moment_anchor(id)),
    };
    view! {
        <li class="year-plan__item">
            <span class="year-plan__when">{when}</span>
            <a href=href>{item.summary}</a>
            {item.done.then(|| view! { <span class="badge badge--afgerond">"gedaan"</span> })}
            {overdue.then(|| view! { <span class="badge badge--niet-gekozen">"achterstallig"</span> })}
        </li>
    }
}
