//! Privacy (AVG): what the app keeps, where, for how long, what it never does, how to delete
//! it, and what not to write down. Plain text, no data of the user's.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::routes::Section;

#[component]
pub fn PrivacyPage() -> impl IntoView {
    let data = Section::Data.path();
    view! {
        <Title text="Privacy"/>
        <article class="page privacy">
            <h1>"Privacy"</h1>
            <p class="lead">
                "Deze app werkt alleen op uw apparaat. Er is geen server en geen account: wat u "
                "invult, verlaat dit apparaat alleen in een bestand dat u zelf exporteert."
            </p>

            <section class="card" aria-labelledby="wat-kop">
                <h2 id="wat-kop">"Wat de app bewaart"</h2>
                <ul>
                    <li>"De naam van uw bibliotheek en uw eigen naam (die komt in uw exportbestanden)."</li>
                    <li>"Scholen en voorscholen: namen, contactpersonen met hun telefoon en e-mail, afspraken en notities."</li>
                    <li>"Gesprekken met hun voorbereiding en notities, planningsformulieren, evaluaties en projectbeoordelingen."</li>
                    <li>"Op dit apparaat ook een paar voorkeuren, zoals het schooljaar waarin u werkt en meldingen die u hebt weggeklikt."</li>
                </ul>
            </section>

            <section class="card" aria-labelledby="waar-kop">
                <h2 id="waar-kop">"Waar het staat"</h2>
                <ul>
                    <li>
                        "Alleen in deze browser op dit apparaat (in de opslag van de browser, "
                        "localStorage). Een andere browser of een ander apparaat ziet het niet."
                    </li>
                    <li>
                        "Automatische reservekopieën, gemaakt vóór een import of het terugzetten "
                        "van een kopie, staan ook alleen in deze browser (IndexedDB). Ze zijn niet versleuteld."
                    </li>
                    <li>
                        "In de bestanden die u zelf exporteert. Waar die daarna terechtkomen (mail, "
                        "Teams, een gedeelde schijf), bepaalt u. Een gewone export is leesbaar voor "
                        "iedereen die het bestand heeft; kies "
                        <strong>"Exporteren met wachtwoord"</strong>
                        " als het bestand via mail of een gedeelde map gaat, en geef het wachtwoord apart door."
                    </li>
                </ul>
            </section>

            <section class="card" aria-labelledby="nooit-kop">
                <h2 id="nooit-kop">"Wat de app nooit doet"</h2>
                <ul>
                    <li>"Gegevens naar een server sturen: er is geen server."</li>
                    <li>"U volgen: geen cookies, geen statistieken, geen advertenties."</li>
                    <li>"Iets ophalen van andere websites: de app praat met geen enkel ander adres (de browser houdt dat ook tegen)."</li>
                </ul>
            </section>

            <section class="card" aria-labelledby="hoelang-kop">
                <h2 id="hoelang-kop">"Hoe lang het blijft"</h2>
                <p>"Tot u het zelf verwijdert, of tot de browser het wist. Dat laatste gebeurt als:"</p>
                <ul>
                    <li>"u in de browser de websitegegevens, cookies of de geschiedenis van deze site wist;"</li>
                    <li>"u in een privévenster (incognito) werkt: alles verdwijnt als dat venster sluit;"</li>
                    <li>
                        "Safari (iPad, iPhone, Mac) de gegevens van een site verwijdert die u een "
                        "week of langer niet hebt geopend, tenzij de app op het beginscherm staat;"
                    </li>
                    <li>
                        "het apparaat bijna vol is en de browser ruimte maakt, tenzij de browser "
                        "heeft beloofd de opslag te bewaren (zie ‘Opslag op dit apparaat’ bij Gegevens);"
                    </li>
                    <li>"u de app van het beginscherm verwijdert of de browser verwijdert."</li>
                </ul>
                <p>"Maak daarom af en toe een export: dat is uw eigen reservekopie."</p>
            </section>

            <section class="card" aria-labelledby="verwijderen-kop">
                <h2 id="verwijderen-kop">"Gegevens verwijderen"</h2>
                <ul>
                    <li>
                        <strong>"Eén instelling: "</strong>
                        "open de instelling en kies onderaan ‘Instelling verwijderen’. Haar "
                        "gesprekken, planningsformulier en beoordelingen gaan mee. De app noemt "
                        "daarna de reservekopieën die de instelling nog bevatten, zodat u ook die kunt verwijderen."
                    </li>
                    <li>
                        <strong>"Alles: "</strong>
                        "kies bij Gegevens ‘Alle gegevens wissen’. Dat wist ook alle reservekopieën op dit apparaat."
                    </li>
                    <li>"Bestanden die u hebt geëxporteerd of verstuurd, verwijdert u zelf; de app kan daar niet bij."</li>
                </ul>
            </section>

            <section class="card" aria-labelledby="niet-kop">
                <h2 id="niet-kop">"Wat u niet vastlegt"</h2>
                <p>
                    "De handreiking werkt met groepen ouders, niet met dossiers over gezinnen. "
                    "Schrijf dus geen namen of persoonlijke details van kinderen en ouders op: "
                    "niet in notities, niet in gespreksverslagen en niet in de voorbereiding. "
                    "Schrijf liever ‘ouders van groep 3’ of ‘een paar moeders met een andere thuistaal’."
                </p>
                <p>
                    "Namen en contactgegevens van medewerkers van scholen en voorscholen zijn nodig "
                    "voor het werk; houd ze actueel en verwijder ze als iemand vertrekt."
                </p>
            </section>

            <p class="link-line"><a href=data>"Naar Gegevens: exporteren, reservekopieën en wissen"</a></p>
        </article>
    }
}
