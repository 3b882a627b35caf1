//! Process helpers (the PATH xtask builds up, running and capturing commands, apt) and the
//! console output every command shares.

use std::env;
use std::ffi::OsString;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::Result;

pub(crate) struct Ctx {
    pub(crate) root: PathBuf,
    path: OsString,
    ci: bool,
    apt_updated: std::cell::Cell<bool>,
}

impl Ctx {
    pub(crate) fn new() -> Result<Ctx> {
        // `cargo run` sets CARGO_MANIFEST_DIR for the process: the checkout being worked on. The
        // compile-time value is only a fallback, since a binary reused from a shared target
        // directory would otherwise act on the checkout that first built it.
        let manifest_dir = env::var_os("CARGO_MANIFEST_DIR")
            .map_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")), PathBuf::from);
        let root = manifest_dir
            .parent()
            .ok_or("xtask must live in a folder of the repository")?
            .to_path_buf();
        let mut ctx = Ctx {
            root,
            path: env::var_os("PATH").unwrap_or_default(),
            ci: env::var("CI").is_ok_and(|v| !v.is_empty() && v != "false" && v != "0"),
            apt_updated: std::cell::Cell::new(false),
        };
        // Where `cargo install` puts trunk and wasm-bindgen.
        let cargo_home = env::var_os("CARGO_HOME")
            .map(PathBuf::from)
            .or_else(|| env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")));
        if let Some(home) = cargo_home {
            ctx.append_path(&home.join("bin"));
        }
        Ok(ctx)
    }

    pub(crate) fn prepend_path(&mut self, dir: &Path) {
        let mut dirs: Vec<PathBuf> = env::split_paths(&self.path).filter(|p| p != dir).collect();
        dirs.insert(0, dir.to_path_buf());
        self.path = env::join_paths(dirs).unwrap_or_else(|_| self.path.clone());
    }

    pub(crate) fn append_path(&mut self, dir: &Path) {
        let mut dirs: Vec<PathBuf> = env::split_paths(&self.path).collect();
        if !dirs.iter().any(|p| p == dir) {
            dirs.push(dir.to_path_buf());
            self.path = env::join_paths(dirs).unwrap_or_else(|_| self.path.clone());
        }
    }

    /// `--locked` on CI, so a stale Cargo.lock fails instead of being rewritten.
    pub(crate) fn cargo_locked(&self) -> &'static [&'static str] {
        if self.ci {
            &["--locked"]
        } else {
            &[]
        }
    }

    pub(crate) fn command(&self, program: impl AsRef<std::ffi::OsStr>) -> Command {
        let mut c = Command::new(program);
        c.current_dir(&self.root)
            .env("PATH", &self.path)
            .stdin(Stdio::null());
        c
    }

    pub(crate) fn command_with<const N: usize>(
        &self,
        program: impl AsRef<std::ffi::OsStr>,
        args: [&str; N],
    ) -> Command {
        let mut c = self.command(program);
        c.args(args);
        c
    }

    pub(crate) fn cargo<const N: usize>(&self, args: [&str; N]) -> Command {
        let cargo = env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
        self.command_with(cargo, args)
    }

    pub(crate) fn trunk(&self) -> Command {
        let mut c = self.command("trunk");
        // Trunk must not look for updates (no network at build time).
        c.env("TRUNK_SKIP_VERSION_CHECK", "true");
        c
    }

    /// Run, streaming output; error if it cannot start or exits unsuccessfully.
    pub(crate) fn run(&self, mut c: Command, what: &str) -> Result {
        println!("    $ {}", describe(&c));
        let status = c
            .status()
            .map_err(|e| format!("{what}: cannot start `{}`: {e}", program_name(&c)))?;
        if status.success() {
            Ok(())
        } else {
            Err(format!("{what} failed ({status})"))
        }
    }

    /// Run quietly and return stdout, or `None` if it cannot start or fails.
    pub(crate) fn capture(&self, mut c: Command) -> Option<String> {
        let out = c.stderr(Stdio::null()).output().ok()?;
        out.status
            .success()
            .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
    }

    pub(crate) fn verify_version(&self, program: &str, want: &str) -> Result {
        let found = self.capture(self.command_with(program, ["--version"]));
        if found.as_deref().map(str::trim) == Some(want) {
            ok(&format!("{want} installed"));
            Ok(())
        } else {
            Err(format!(
                "installed {want}, but `{program} --version` now reports {:?}; \
                 is another {program} earlier on PATH?",
                found.unwrap_or_default().trim()
            ))
        }
    }

    /// `apt-get install -y <packages>` (as root, or with passwordless sudo).
    pub(crate) fn apt_install(&self, packages: &[&str]) -> Result {
        let manual = format!("apt-get install -y {}", packages.join(" "));
        if self
            .capture(self.command_with("apt-get", ["--version"]))
            .is_none()
        {
            return Err(format!(
                "need {} but apt-get is not available (this set-up expects Debian or Ubuntu); \
                 install the equivalent packages yourself, then run this command again",
                packages.join(", ")
            ));
        }
        let root = self
            .capture(self.command_with("id", ["-u"]))
            .is_some_and(|id| id.trim() == "0");
        let sudo = !root
            && self
                .capture(self.command_with("sudo", ["-n", "true"]))
                .is_some();
        if !root && !sudo {
            return Err(format!(
                "need {} but installing system packages needs root; run `sudo {manual}`, \
                 then run this command again",
                packages.join(", ")
            ));
        }
        let apt = |args: &[&str]| {
            let mut c = if sudo {
                let mut c = self.command("sudo");
                c.args(["-n", "env", "DEBIAN_FRONTEND=noninteractive", "apt-get"]);
                c
            } else {
                self.command("apt-get")
            };
            c.args(args).env("DEBIAN_FRONTEND", "noninteractive");
            c
        };
        if !self.apt_updated.get() {
            self.run(apt(&["update"]), "apt-get update")
                .map_err(|e| format!("{e}; cannot install {}", packages.join(", ")))?;
            self.apt_updated.set(true);
        }
        let mut args = vec!["install", "-y"];
        args.extend_from_slice(packages);
        self.run(apt(&args), &manual)
    }
}

fn describe(c: &Command) -> String {
    let mut s = program_name(c);
    for a in c.get_args() {
        s.push(' ');
        s.push_str(&a.to_string_lossy());
    }
    s
}

fn program_name(c: &Command) -> String {
    let p = c.get_program().to_string_lossy();
    // Show `cargo`, not the full path Cargo passes in $CARGO.
    match Path::new(p.as_ref()).file_name() {
        Some(name) if name == "cargo" => "cargo".into(),
        _ => p.into_owned(),
    }
}

pub(crate) fn read(path: &Path) -> Result<String> {
    fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

pub(crate) fn step(message: &str) {
    println!("\n==> {message}");
}

pub(crate) fn ok(message: &str) {
    println!("    ok: {message}");
}

pub(crate) fn install(what: &str, how: &str) {
    if how.is_empty() {
        println!("    INSTALLING {what}");
    } else {
        println!("    INSTALLING {what} ({how})");
    }
}

pub(crate) fn human_duration(secs: u64) -> String {
    if secs >= 60 {
        format!("{}m{:02}s", secs / 60, secs % 60)
    } else {
        format!("{secs}s")
    }
}

pub(crate) fn sorted_dir(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut entries: Vec<PathBuf> = fs::read_dir(dir)
        .map_err(|e| format!("cannot read {}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    entries.sort();
    Ok(entries)
}
