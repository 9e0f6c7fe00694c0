use leptos::prelude::*;

use crate::content::{Block, Text};

/// Renders guide text: paragraphs and bulleted lists.
#[component]
pub fn GuideText(text: Text) -> impl IntoView {
    text.iter()
        .map(|block| match block {
            Block::Paragraph(p) => view! { <p>{*p}</p> }.into_any(),
            Block::List(items) => view! {
                <ul>{items.iter().map(|item| view! { <li>{*item}</li> }).collect_view()}</ul>
            }
            .into_any(),
            Block::Questions(list) => view! {
                <ul class="question-list" id=list.id>
                    {list.questions.iter().map(|q| view! { <li id=q.id>{q.text}</li> }).collect_view()}
                </ul>
            }
            .into_any(),
        })
        .collect_view()
}
