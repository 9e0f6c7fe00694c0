//! An export locked with a password: the envelope around the encrypted export, and the
//! rules for the password. The encryption itself is the browser's (`browser::crypto`); this
//! module only says what a sealed file holds and refuses, in Dutch, one that cannot be
//! opened by this version, before any password is asked for.
//!
//! The envelope names everything needed to open it again (the key derivation and its
//! parameters, the salt and the IV), so that a later version can raise the iteration count
//! and still open the files made before.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use serde::{Deserialize, Serialize};

/// The `format` of a sealed file (a plain export says `ouderpartnerschap`).
pub const SEALED_FORMAT: &str = "ouderpartnerschap-versleuteld";
/// The envelope's version this app writes and reads.
pub const SEALED_VERSION: u32 = 1;
/// PBKDF2-SHA-256 iterations for a new file (OWASP's advice for PBKDF2-HMAC-SHA256).
pub const ITERATIONS: u32 = 600_000;
/// Fewer iterations than this make a guessed password too cheap to try: refused.
pub const MIN_ITERATIONS: u32 = 100_000;
/// More than this would keep the device busy for minutes: a damaged or hostile file.
pub const MAX_ITERATIONS: u32 = 10_000_000;
/// The salt's length in bytes for a new file, and the least one read may have.
pub const SALT_BYTES: usize = 16;
/// AES-GCM's IV in bytes (96 bits, the length GCM is made for).
pub const IV_BYTES: usize = 12;
/// AES-GCM's tag: every ciphertext is at least this long.
const TAG_BYTES: usize = 16;
/// The shortest password accepted for a new file.
pub const MIN_PASSWORD_CHARS: usize = 10;

/// How the key is made from the password.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Kdf {
    /// Always `PBKDF2`.
    pub name: String,
    /// Always `SHA-256`.
    pub hash: String,
    pub iterations: u32,
    /// Base64.
    pub salt: String,
}

/// A sealed export file as written: the JSON shape.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SealedFile {
    pub format: String,
    pub version: u32,
    pub kdf: Kdf,
    /// Always `AES-GCM` (a 256-bit key).
    pub cipher: String,
    /// Base64.
    pub iv: String,
    /// Base64: the export's UTF-8 text, encrypted, with GCM's tag at its end.
    pub ciphertext: String,
}

/// A sealed file read and checked: everything decoded, ready for the password.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sealed {
    pub iterations: u32,
    pub salt: Vec<u8>,
    pub iv: Vec<u8>,
    pub ciphertext: Vec<u8>,
}

impl Sealed {
    /// The file's text.
    pub fn to_json(&self) -> String {
        let file = SealedFile {
            format: SEALED_FORMAT.into(),
            version: SEALED_VERSION,
            kdf: Kdf {
                name: "PBKDF2".into(),
                hash: "SHA-256".into(),
                iterations: self.iterations,
                salt: STANDARD.encode(&self.salt),
            },
            cipher: "AES-GCM".into(),
            iv: STANDARD.encode(&self.iv),
            ciphertext: STANDARD.encode(&self.ciphertext),
        };
        // A struct of strings and numbers always serializes.
        serde_json::to_string_pretty(&file).unwrap_or_default()
    }
}

/// Only the `format` of a file, to tell a sealed file from a plain export cheaply.
#[derive(Deserialize)]
struct FormatOnly {
    #[serde(default)]
    format: serde_json::Value,
}

/// Whether `text` says it is a sealed file of this app (checked further by `read_sealed`).
pub fn is_sealed(text: &str) -> bool {
    // The quick look first: a plain export of megabytes is not parsed twice.
    text.contains(SEALED_FORMAT)
        && serde_json::from_str::<FormatOnly>(text)
            .is_ok_and(|f| f.format.as_str() == Some(SEALED_FORMAT))
}

const DAMAGED: &str = "Dit versleutelde bestand is beschadigd of niet helemaal overgekomen. \
    Vraag het opnieuw op of exporteer het opnieuw.";

/// Reads a sealed file, or says in Dutch why this version cannot open it.
pub fn read_sealed(text: &str) -> Result<Sealed, String> {
    let value: serde_json::Value = serde_json::from_str(text).map_err(|_| DAMAGED.to_string())?;
    match value.get("format").and_then(|f| f.as_str()) {
        Some(SEALED_FORMAT) => {}
        _ => {
            return Err(
                "Dit is geen versleuteld bestand van Ouderpartnerschap. Kies een \
                 bestand dat met ‘Exporteren met wachtwoord’ in deze app is gemaakt."
                    .into(),
            );
        }
    }
    match value.get("version").and_then(|v| v.as_u64()) {
        Some(v) if v == u64::from(SEALED_VERSION) => {}
        Some(v) if v > u64::from(SEALED_VERSION) => {
            return Err(format!(
                "Dit versleutelde bestand is gemaakt met een nieuwere versie van de app \
                 (versie {v}; deze versie kent t/m {SEALED_VERSION}). Werk de app bij en \
                 importeer het dan."
            ));
        }
        _ => {
            return Err(
                "Dit versleutelde bestand heeft een onbekende versie en kan niet \
                 worden geopend."
                    .into(),
            );
        }
    }
    let file: SealedFile = serde_json::from_value(value).map_err(|_| DAMAGED.to_string())?;
    if file.kdf.name != "PBKDF2" || file.kdf.hash != "SHA-256" || file.cipher != "AES-GCM" {
        return Err(format!(
            "Dit bestand is versleuteld op een manier die deze app niet kent ({}-{}, {}).",
            file.kdf.name, file.kdf.hash, file.cipher
        ));
    }
    if file.kdf.iterations < MIN_ITERATIONS {
        return Err(format!(
            "Dit bestand is te zwak versleuteld ({} herhalingen; minstens {MIN_ITERATIONS}) en \
             wordt niet vertrouwd. Vraag de afzender het opnieuw te exporteren met deze app.",
            file.kdf.iterations
        ));
    }
    if file.kdf.iterations > MAX_ITERATIONS {
        return Err(format!(
            "Dit bestand vraagt een onredelijk zware sleutelberekening ({} herhalingen) en \
             wordt niet geopend.",
            file.kdf.iterations
        ));
    }
    let bytes = |b64: &str| STANDARD.decode(b64).map_err(|_| DAMAGED.to_string());
    let sealed = Sealed {
        iterations: file.kdf.iterations,
        salt: bytes(&file.kdf.salt)?,
        iv: bytes(&file.iv)?,
        ciphertext: bytes(&file.ciphertext)?,
    };
    if sealed.salt.len() < SALT_BYTES
        || sealed.iv.len() != IV_BYTES
        || sealed.ciphertext.len() <= TAG_BYTES
    {
        return Err(DAMAGED.into());
    }
    Ok(sealed)
}

/// Which password field a refusal belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PasswordField {
    First,
    Repeat,
}

/// Checks a new password typed twice; a refusal names its field, in Dutch.
pub fn check_new_password(first: &str, repeat: &str) -> Result<(), (PasswordField, String)> {
    if first.chars().count() < MIN_PASSWORD_CHARS {
        return Err((
            PasswordField::First,
            format!("Kies een wachtwoord van minstens {MIN_PASSWORD_CHARS} tekens."),
        ));
    }
    if first.trim().is_empty() {
        return Err((
            PasswordField::First,
            "Een wachtwoord van alleen spaties is geen wachtwoord.".into(),
        ));
    }
    if first != repeat {
        return Err((
            PasswordField::Repeat,
            "De twee wachtwoorden zijn niet gelijk. Typ het wachtwoord nog eens.".into(),
        ));
    }
    Ok(())
}

/// Said when the password does not open the file: GCM cannot tell a wrong password from a
/// changed ciphertext, so both are named.
pub const WRONG_PASSWORD: &str = "Dit wachtwoord opent het bestand niet. Controleer het \
    wachtwoord (hoofdletters tellen mee); klopt het, dan is het bestand beschadigd. Er is \
    niets gewijzigd.";

/// The name of a sealed export file, from the plain export's name.
pub fn sealed_file_name(plain: &str) -> String {
    match plain.strip_suffix(".json") {
        Some(stem) => format!("{stem}-versleuteld.json"),
        None => format!("{plain}-versleuteld.json"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn good() -> serde_json::Value {
        json!({
            "format": SEALED_FORMAT,
            "version": 1,
            "kdf": {"name": "PBKDF2", "hash": "SHA-256", "iterations": ITERATIONS,
                    "salt": STANDARD.encode([7u8; 16])},
            "cipher": "AES-GCM",
            "iv": STANDARD.encode([1u8; 12]),
            "ciphertext": STANDARD.encode([9u8; 40]),
        })
    }

    fn refused(value: serde_json::Value) -> String {
        read_sealed(&value.to_string()).expect_err("must be refused")
    }

    #[test]
    fn a_written_envelope_reads_back() {
        let sealed = Sealed {
            iterations: ITERATIONS,
            salt: vec![3; 16],
            iv: vec![4; 12],
            ciphertext: vec![5; 33],
        };
        let text = sealed.to_json();
        assert!(is_sealed(&text));
        assert_eq!(read_sealed(&text), Ok(sealed));
        assert!(read_sealed(&good().to_string()).is_ok());
    }

    #[test]
    fn a_plain_export_or_other_file_is_not_sealed() {
        assert!(!is_sealed(
            r#"{"format":"ouderpartnerschap","schemaVersion":4}"#
        ));
        assert!(!is_sealed("niet eens json"));
        assert!(!is_sealed(r#"{"format":7}"#));
        assert!(!is_sealed("[]"));
    }

    #[test]
    fn unknown_format_is_refused() {
        let mut v = good();
        v["format"] = json!("iets-anders");
        assert!(refused(v).contains("geen versleuteld bestand van Ouderpartnerschap"));
        let mut v = good();
        v.as_object_mut().unwrap().remove("format");
        assert!(refused(v).contains("geen versleuteld bestand"));
    }

    #[test]
    fn bad_versions_are_refused() {
        let mut v = good();
        v["version"] = json!(2);
        assert!(refused(v).contains("nieuwere versie"));
        for bad in [json!(0), json!("1"), json!(-1), json!(null)] {
            let mut v = good();
            v["version"] = bad;
            assert!(refused(v).contains("onbekende versie"));
        }
        let mut v = good();
        v.as_object_mut().unwrap().remove("version");
        assert!(refused(v).contains("onbekende versie"));
    }

    #[test]
    fn truncated_or_malformed_files_are_refused() {
        let text = good().to_string();
        for cut in [1, text.len() / 2, text.len() - 1] {
            assert!(
                read_sealed(&text[..cut])
                    .unwrap_err()
                    .contains("beschadigd")
            );
        }
        for (field, bad) in [
            ("iv", json!("@@@ geen base64")),
            ("ciphertext", json!("abc")),
            ("ciphertext", json!(STANDARD.encode([1u8; 16]))),
            ("iv", json!(STANDARD.encode([1u8; 16]))),
            ("iv", json!(12)),
        ] {
            let mut v = good();
            v[field] = bad;
            assert!(refused(v).contains("beschadigd"), "{field}");
        }
        let mut v = good();
        v["kdf"]["salt"] = json!(STANDARD.encode([1u8; 8]));
        assert!(refused(v).contains("beschadigd"));
        let mut v = good();
        v.as_object_mut().unwrap().remove("kdf");
        assert!(refused(v).contains("beschadigd"));
    }

    #[test]
    fn wrong_or_weak_key_derivation_is_refused() {
        for (path, bad) in [("name", "scrypt"), ("hash", "SHA-1")] {
            let mut v = good();
            v["kdf"][path] = json!(bad);
            assert!(refused(v).contains("op een manier die deze app niet kent"));
        }
        let mut v = good();
        v["cipher"] = json!("AES-CBC");
        assert!(refused(v).contains("niet kent"));
        let mut v = good();
        v["kdf"]["iterations"] = json!(1000);
        assert!(refused(v).contains("te zwak"));
        let mut v = good();
        v["kdf"]["iterations"] = json!(4_000_000_000u32);
        assert!(refused(v).contains("onredelijk zware"));
        let mut v = good();
        v["kdf"]["iterations"] = json!(-5);
        assert!(refused(v).contains("beschadigd"));
    }

    #[test]
    fn a_new_password_is_typed_twice_and_long_enough() {
        assert_eq!(check_new_password("lang genoeg!", "lang genoeg!"), Ok(()));
        let (field, message) = check_new_password("kort", "kort").unwrap_err();
        assert_eq!(field, PasswordField::First);
        assert!(message.contains("minstens 10 tekens"));
        let (field, _) = check_new_password("           ", "           ").unwrap_err();
        assert_eq!(field, PasswordField::First);
        let (field, message) = check_new_password("lang genoeg!", "lang genoeg?").unwrap_err();
        assert_eq!(field, PasswordField::Repeat);
        assert!(message.contains("niet gelijk"));
    }

    #[test]
    fn a_sealed_file_says_so_in_its_name() {
        assert_eq!(
            sealed_file_name("ouderpartnerschap-de-regenboog-2026-12-07.json"),
            "ouderpartnerschap-de-regenboog-2026-12-07-versleuteld.json"
        );
        assert_eq!(sealed_file_name("x"), "x-versleuteld.json");
    }
}
