//! `newsprint profiles list` and `newsprint profiles check FILE...` (`profiles learn` is
//! `learn_cmd`).

use std::path::{Path, PathBuf};

use newsprint::{Profile, ProfileKind};

use crate::args::ProfilesCommand;
use crate::error::{CliError, lowercase};
use crate::extract_cmd::build_extractor;
use crate::output;

pub fn run(command: &ProfilesCommand) -> Result<(), CliError> {
    match command {
        ProfilesCommand::List {
            profiles,
            no_profiles,
        } => list(profiles.as_deref(), *no_profiles),
        ProfilesCommand::Check { files } => check(files),
        ProfilesCommand::Learn(args) => crate::learn_cmd::run(args),
    }
}

/// One line per profile: id, hosts (or "platform"), fields.
fn list(dir: Option<&Path>, no_builtins: bool) -> Result<(), CliError> {
    let extractor = build_extractor(dir, no_builtins, None)?;
    let profiles: Vec<&Profile> = extractor.profiles().collect();
    let width = profiles
        .iter()
        .map(|p| p.id().len())
        .max()
        .unwrap_or(2)
        .max(2);
    let mut text = format!("{:<width$}  {:<40}  fields\n", "id", "hosts");
    for profile in &profiles {
        let hosts = match profile.kind() {
            ProfileKind::Platform if profile.host_list().is_empty() => {
                "(platform, by fingerprint)".to_string()
            }
            _ => profile.host_list().join(", "),
        };
        text.push_str(&format!(
            "{:<width$}  {:<40}  {}\n",
            profile.id(),
            hosts,
            profile.field_names().join(", ")
        ));
    }
    text.push_str(&format!("{} profiles\n", profiles.len()));
    output::print(&text)
}

/// Loads each file and runs its tests from the current folder; every problem is printed.
fn check(files: &[PathBuf]) -> Result<(), CliError> {
    let root = std::env::current_dir().map_err(|e| {
        CliError::failure(format!("cannot find the current folder: {}", lowercase(&e)))
    })?;
    let mut failed = 0;
    let mut text = String::new();
    for file in files {
        let profile = match Profile::from_file(file) {
            Ok(profile) => profile,
            Err(e) => {
                failed += 1;
                text.push_str(&format!("{e}\n"));
                continue;
            }
        };
        match profile.run_tests(&root) {
            Ok(failures) if failures.is_empty() => text.push_str(&format!(
                "{}: ok: profile {:?}, {} tests passed\n",
                file.display(),
                profile.id(),
                profile.test_count()
            )),
            Ok(failures) => {
                failed += 1;
                for failure in &failures {
                    text.push_str(&format!("{failure}\n"));
                }
                text.push_str(&format!(
                    "{}: profile {:?}: {} of its tests' expectations failed\n",
                    file.display(),
                    profile.id(),
                    failures.len()
                ));
            }
            Err(e) => {
                failed += 1;
                text.push_str(&format!(
                    "{}: profile {:?}: {}; fixtures are read from the current folder, \
                     else from the profile's\n",
                    file.display(),
                    profile.id(),
                    lowercase(&e)
                ));
            }
        }
    }
    output::print(&text)?;
    if failed > 0 {
        return Err(CliError::failure(format!(
            "{failed} of {} profile files failed (listed above)",
            files.len()
        )));
    }
    Ok(())
}
