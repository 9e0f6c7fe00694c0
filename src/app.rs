//! The shell: state, title, header, banners and the router.

use leptos::prelude::*;
use leptos_meta::{Title, provide_meta_context};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use crate::components::{AppHeader, StorageBanners};
use crate::pages::{
    AccessibilityPage, AssessmentFormPage, AssessmentsPage, CatalogueEntryPage, ComparePage,
    ConversationPage, ConversationReportPage, DataPage, InstitutionPage, InstitutionsPage,
    NotFoundPage, OverviewPage, PersonPage, PlanningPrintPage, PrivacyPage, ReferenceDocPage,
    ReferenceIndexPage, SchoolReportPage, StepPage, StepsPage, TeamPage, YearOverviewPage,
    YearPlanPage, accept_dropped_files,
};
use crate::routes::ACCESSIBILITY_PATH;
use crate::state::{provide_app_state, provide_summaries};

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    let state = provide_app_state();
    provide_summaries(state);
    view! {
        // Every page names itself with a `<Title>`; this one adds the app's name.
        <Title formatter=|page: String| match page.as_str() {
            "" => "Ouderpartnerschap".to_string(),
            page => format!("{page} · Ouderpartnerschap"),
        }/>
        <Router>
            <FileDrop/>
            // A fragment link the router leaves to the browser, which moves the focus too.
            <a class="skip-link" href="#inhoud" rel="external">"Naar de inhoud"</a>
            <AppHeader/>
            <main id="inhoud" tabindex="-1">
                <StorageBanners/>
                <Routes fallback=NotFoundPage>
                    <Route path=path!("/") view=OverviewPage/>
                    <Route path=path!("/stappenplan") view=StepsPage/>
                    <Route path=path!("/stappenplan/:stap") view=StepPage/>
                    <Route path=path!("/instellingen") view=InstitutionsPage/>
                    <Route path=path!("/instellingen/instelling") view=InstitutionPage/>
                    <Route path=path!("/instellingen/planningsformulier") view=PlanningPrintPage/>
                    <Route path=path!("/instellingen/rapportage") view=SchoolReportPage/>
                    <Route path=path!("/gesprekken/gesprek") view=ConversationPage/>
                    <Route path=path!("/gesprekken/verslag") view=ConversationReportPage/>
                    <Route path=path!("/team") view=TeamPage/>
                    <Route path=path!("/team/persoon") view=PersonPage/>
                    <Route path=path!("/projectbeoordeling") view=AssessmentsPage/>
                    <Route path=path!("/projectbeoordeling/activiteit") view=CatalogueEntryPage/>
                    <Route path=path!("/projectbeoordeling/beoordeling") view=AssessmentFormPage/>
                    <Route path=path!("/projectbeoordeling/vergelijken") view=ComparePage/>
                    <Route path=path!("/naslag") view=ReferenceIndexPage/>
                    <Route path=path!("/naslag/:bijlage") view=ReferenceDocPage/>
                    <Route path=path!("/gegevens") view=DataPage/>
                    <Route path=path!("/privacy") view=PrivacyPage/>
                    <Route path=path!("/jaarplanning") view=YearPlanPage/>
                    <Route path=path!("/jaaroverzicht") view=YearOverviewPage/>
                    <Route path=path!("/toegankelijkheid") view=AccessibilityPage/>
                </Routes>
            </main>
            <AppFooter/>
        </Router>
    }
}

/// Under every page: where a reader looks for the accessibility statement.
#[component]
fn AppFooter() -> impl IntoView {
    view! {
        <footer class="app-footer">
            <p class="link-line">
                <a href=ACCESSIBILITY_PATH>"Toegankelijkheid"</a>
            </p>
        </footer>
    }
}

/// Lets a file dropped on any page open its import preview.
#[component]
fn FileDrop() -> impl IntoView {
    accept_dropped_files();
}
