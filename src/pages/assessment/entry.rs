//! One form of work or project of Bijlage 8, with every column of its table row.

use leptos::prelude::*;

use super::start_assessment;
use crate::components::{GuideText, set_title};
use crate::content::{CatalogueEntry, catalogue_entry};
use crate::model::{characteristic, condition_for, parent_group};
use crate::routes::Section;

#[component]
pub fn CatalogueEntryPage(id: String) -> impl IntoView {
    catalogue_entry(&id).map(|entry| view! { <EntryView entry/> })
}

#[component]
fn EntryView(entry: &'static CatalogueEntry) -> impl IntoView {
    set_title(entry.name);
    let start = move |_| start_assessment(Some(entry));
    view! {
        <article class="page catalogue-entry">
            <p class="eyebrow">
                <a href=Section::Assessment.path()>"Projectbeoordeling"</a>
                " · " {entry.kind.label()}
            </p>
            <h1>{entry.name}</h1>
            <dl class="entry-columns">
                <dt>"Doelgroep"</dt>
                <dd>{entry.target_group}</dd>
                <dt>"Doel"</dt>
                <dd><GuideText text=entry.goal/></dd>
                <dt>"Omschrijving"</dt>
                <dd><GuideText text=entry.description/></dd>
                <dt>"Wijze van overdracht"</dt>
                <dd><GuideText text=entry.transfer/></dd>
                <dt>"Uitgevoerd door"</dt>
                <dd class="pre-line">{entry.carried_out_by}</dd>
                <dt>"Kansrijk voor oudergroep"</dt>
                <dd>
                    <ul>
                        {entry
                            .parent_groups
                            .iter()
                            .filter_map(|n| parent_group(*n))
                            .map(|g| {
                                let condition = condition_for(entry, g.number).map(|c| format!(": {c}"));
                                view! { <li>{g.number} ". " {g.name} {condition}</li> }
                            })
                            .collect_view()}
                    </ul>
                </dd>
                <dt>"Kenmerken"</dt>
                <dd>
                    <ul>
                        {entry
                            .characteristics
                            .iter()
                            .map(|mark| {
                                let text = characteristic(mark.marker).map_or("", |c| c.text);
                                let remark = if mark.remark.is_empty() { text } else { mark.remark };
                                view! { <li><span class="marker">{mark.marker} ". "</span>{remark}</li> }
                            })
                            .collect_view()}
                    </ul>
                    {entry.characteristics.is_empty().then_some("De gids noemt hier geen kenmerken.")}
                </dd>
                {(!entry.notes.is_empty())
                    .then(|| view! { <dt>"NB"</dt><dd><GuideText text=entry.notes/></dd> })}
            </dl>
            <button type="button" class="button" on:click=start>"Dit project beoordelen"</button>
        </article>
    }
}
