//! Browser services that are not storage: handing a file to the user, sharing, whether the
//! app runs installed, and reading a file the user chose.

pub mod device;
pub mod download;
