//! The shell: state, navigation, header, banners and the current page.

use leptos::prelude::*;

use crate::components::{AppHeader, StorageBanners, dynamic, memo};
use crate::pages::{
    AssessmentFormPage, AssessmentsPage, CatalogueEntryPage, ComparePage, ConversationPage,
    ConversationReportPage, DataPage, InstitutionPage, InstitutionsPage, NotFoundPage,
    OverviewPage, PlanningPrintPage, ReferenceDocPage, ReferenceIndexPage, StepPage, StepsPage,
    accept_dropped_files,
};
use crate::routes::Page;
use crate::state::{provide_app_state, provide_navigator};

#[component]
pub fn App() -> impl IntoView {
    provide_app_state();
    let navigator = provide_navigator();
    accept_dropped_files();
    // Switching an institution's tab keeps its page; only another page re-renders.
    let shown = memo(move || match navigator.page.get() {
        Page::Institution { id, .. } => Page::Institution { id, step: None },
        page => page,
    });
    view! {
        <a class="skip-link" href="#inhoud">"Naar de inhoud"</a>
        <AppHeader/>
        <main id="inhoud" tabindex="-1">
            <StorageBanners/>
            {dynamic(move || match shown.get() {
                Page::Overview => view! { <OverviewPage/> }.into_any(),
                Page::Steps => view! { <StepsPage/> }.into_any(),
                Page::Step(number) => view! { <StepPage number/> }.into_any(),
                Page::Institutions => view! { <InstitutionsPage/> }.into_any(),
                Page::Institution { id, .. } => view! { <InstitutionPage id/> }.into_any(),
                Page::Conversation { id } => view! { <ConversationPage id/> }.into_any(),
                Page::ConversationReport { id } => view! { <ConversationReportPage id/> }.into_any(),
                Page::PlanningPrint { id } => view! { <PlanningPrintPage id/> }.into_any(),
                Page::Assessment => view! { <AssessmentsPage/> }.into_any(),
                Page::CatalogueEntry { id } => view! { <CatalogueEntryPage id/> }.into_any(),
                Page::AssessmentForm { id } => view! { <AssessmentFormPage id/> }.into_any(),
                Page::Compare { ids } => view! { <ComparePage ids/> }.into_any(),
                Page::Reference => view! { <ReferenceIndexPage/> }.into_any(),
                Page::ReferenceDoc(id) => view! { <ReferenceDocPage id/> }.into_any(),
                Page::Data => view! { <DataPage/> }.into_any(),
                Page::NotFound => view! { <NotFoundPage/> }.into_any(),
            })}
        </main>
    }
}
