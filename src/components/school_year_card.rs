//! The school year the user works in on this device, chosen on the Overzicht, with the
//! year's pages and *Nieuw schooljaar starten* for every institution at once.

use leptos::prelude::*;

use crate::browser::clock::today;
use crate::components::ConfirmButton;
use crate::model::{SchoolYear, WorkspaceStoreFields, may_start_after, parse_date};
use crate::routes::{year_overview_path, year_plan_path};
use crate::state::use_app_state;

#[component]
pub fn SchoolYearCard() -> impl IntoView {
    let state = use_app_state();
    let made = today();
    let today_in = parse_date(&made).map_or_else(
        || SchoolYear::of(jiff::civil::date(2026, 8, 1)),
        SchoolYear::of,
    );
    let chosen = Memo::new(move |_| state.school_year.get().unwrap_or(today_in));
    // Two years back and one ahead of today's, and the chosen one.
    let options = Memo::new(move |_| {
        let mut years = vec![
            today_in.previous().previous(),
            today_in.previous(),
            today_in,
            today_in.next(),
            chosen.get(),
        ];
        years.sort();
        years.dedup();
        years
    });
    // The institutions (not archived) that are in the chosen year now.
    let in_year = Memo::new(move |_| {
        let year = chosen.get();
        state.workspace.institutions().with(|all| {
            all.iter()
                .filter(|i| !i.archived && i.current_year(&made) == year)
                .count()
        })
    });
    let said = RwSignal::new(None::<String>);
    let start_all = Callback::new(move |()| {
        let from = chosen.get_untracked();
        match state.start_new_year_for_all(from) {
            Ok(started) => said.set(Some(format!(
                "Schooljaar {} is gestart voor {} {}, met {} {} uit {}. Kies hierboven {} om erin te werken.",
                from.next().label(),
                started.institutions,
                if started.institutions == 1 { "instelling" } else { "instellingen" },
                started.activities,
                if started.activities == 1 { "activiteit" } else { "activiteiten" },
                from.label(),
                from.next().label(),
            ))),
            Err(refused) => state.show_refusal(Err::<(), _>(refused)),
        }
    });
    view! {
        <section class="card school-year-card" aria-labelledby="schooljaar-kop">
            <h2 id="schooljaar-kop">"Schooljaar"</h2>
            <label class="field year-choice">
                <span class="field__label">"Het schooljaar waarin u werkt (1 augustus – 31 juli)"</span>
                <select on:change=move |ev| {
                    let year = SchoolYear::parse(&event_target_value(&ev)).ok();
                    state.choose_school_year(year.filter(|y| *y != today_in));
                }>
                    <For each=move || options.get() key=|year| *year let:year>
                        <option value=year.label() prop:selected=move || chosen.get() == year>
                            {if year == today_in { format!("{} (nu)", year.label()) } else { year.label() }}
                        </option>
                    </For>
                </select>
            </label>
            <p class="hint">"De Jaarplanning, het Jaaroverzicht, de Schoolrapportages en de gesprekken tonen dit jaar; de andere jaren staan er steeds bij."</p>
            <p class="link-line">
                <a href=move || year_plan_path(Some(&chosen.get().label()), None)>"Jaarplanning"</a>
                " · "
                <a href=move || year_overview_path(Some(&chosen.get().label()), None, None)>"Jaaroverzicht"</a>
            </p>
            // From April on, the year's plans can be carried into the next one.
            <Show when=move || { in_year.get() > 0 && may_start_after(chosen.get(), &today()).is_ok() }>
                <ConfirmButton
                    label=Signal::derive(move || format!(
                        "Nieuw schooljaar starten voor alle instellingen van {} ({})",
                        chosen.get().label(),
                        in_year.get()
                    ))
                    question=Signal::derive(move || {
                        let (year, next) = (chosen.get().label(), chosen.get().next().label());
                        format!("Elke instelling die nu in {year} werkt (niet de gearchiveerde) gaat naar {next}. De plannen van {year} blijven bewaard en worden alleen nog gelezen; de activiteiten gaan mee zonder resultaten, gedaan-vinkjes en evaluaties; de werkafspraken gaan mee om opnieuw te bekijken. De stappen blijven zoals ze zijn. Doorgaan?")
                    })
                    confirm_label="Ja, nieuw schooljaar starten"
                    on_confirm=start_all
                    danger=false
                />
            </Show>
            <p role="status">{move || said.get()}</p>
        </section>
    }
}
