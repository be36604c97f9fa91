package runtime

import (
	"archive/zip"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
)

// This file defines imports from zip archives, CPython's zipimport: a
// sys.path entry (or a package's __path__ entry) that names a zip file, or
// a directory inside one ("app.zip/lib"), is searched like a directory, so
// that `kiln app.zip` runs the archive's __main__.py and its imports find
// the modules beside it. Modules from an archive are named
// "archive/inner/path.py", as zipimport names them; their source is read
// from the archive. Kiln reads source only, as it
// never reads or writes bytecode.

// zipArchive is an opened archive's members by name.
type zipArchive struct {
	files map[string]*zip.File
}

// zipArchives caches the archives opened so far, by path. Archives on
// sys.path are not expected to change while a program runs (zipimport
// caches their directories the same way).
var zipArchives struct {
	sync.Mutex
	byPath map[string]*zipArchive // nil value: not a zip archive
}

// openZipArchive returns the archive at path, or nil if path is not a
// readable zip file.
func openZipArchive(path string) *zipArchive {
	zipArchives.Lock()
	defer zipArchives.Unlock()
	if a, seen := zipArchives.byPath[path]; seen {
		return a
	}
	if zipArchives.byPath == nil {
		zipArchives.byPath = map[string]*zipArchive{}
	}
	var a *zipArchive
	if r, err := zip.OpenReader(path); err == nil {
		a = &zipArchive{files: make(map[string]*zip.File, len(r.File))}
		for _, f := range r.File {
			a.files[f.Name] = f
		}
		// The members are read through their *zip.File, which keeps the
		// reader's file open for the life of the process, as zipimport
		// keeps its archive.
	}
	zipArchives.byPath[path] = a
	return a
}

// IsZipArchive reports whether path is a zip file, which runs as a program
// through its __main__.py.
func IsZipArchive(path string) bool {
	st, err := os.Stat(path)
	return err == nil && st.Mode().IsRegular() && openZipArchive(path) != nil
}

// splitZipPath splits a path inside a zip archive ("/a/app.zip/pkg/m.py")
// into the archive and the member prefix ("pkg/m.py"), walking up from
// path to the first component that exists. ok is false when that
// component is not a zip file.
func splitZipPath(path string) (archive *zipArchive, member string, ok bool) {
	cur, rest := filepath.Clean(path), ""
	for {
		st, err := os.Stat(cur)
		if err == nil {
			if !st.Mode().IsRegular() {
				return nil, "", false
			}
			a := openZipArchive(cur)
			return a, rest, a != nil
		}
		parent := filepath.Dir(cur)
		if parent == cur {
			return nil, "", false
		}
		if rest == "" {
			rest = filepath.Base(cur)
		} else {
			rest = filepath.Base(cur) + "/" + rest
		}
		cur = parent
	}
}

// member returns the archive's member named name, if there is one.
func (a *zipArchive) member(name string) (*zip.File, bool) {
	f, ok := a.files[name]
	return f, ok && !strings.HasSuffix(name, "/")
}

// hasDir reports whether the archive holds something under dir/.
func (a *zipArchive) hasDir(dir string) bool {
	if _, ok := a.files[dir+"/"]; ok {
		return true
	}
	for name := range a.files {
		if strings.HasPrefix(name, dir+"/") {
			return true
		}
	}
	return false
}

// findInZip looks for child in the directory dir of a zip archive (dir is
// the archive itself or a directory inside it): a package with
// __init__.py, then child.py, as findModule does for a directory.
func findInZip(dir, child string) (moduleLocation, bool) {
	a, prefix, ok := splitZipPath(dir)
	if !ok {
		return moduleLocation{}, false
	}
	if prefix != "" {
		prefix += "/"
	}
	if _, ok := a.member(prefix + child + "/__init__.py"); ok {
		pkgDir := filepath.Join(dir, child)
		return moduleLocation{file: filepath.Join(pkgDir, "__init__.py"), pkgDir: pkgDir, zipped: true}, true
	}
	if _, ok := a.member(prefix + child + ".py"); ok {
		return moduleLocation{file: filepath.Join(dir, child+".py"), zipped: true}, true
	}
	return moduleLocation{}, false
}

// readZipSource reads a member of an archive named by its path
// "archive/member".
func readZipSource(path string) ([]byte, error) {
	a, member, ok := splitZipPath(path)
	if !ok {
		return nil, os.ErrNotExist
	}
	f, ok := a.member(member)
	if !ok {
		return nil, os.ErrNotExist
	}
	r, err := f.Open()
	if err != nil {
		return nil, err
	}
	defer r.Close()
	return io.ReadAll(r)
}

// readModuleSource reads the source of a module found by findModule, from
// its file or from its zip archive. A zipped source is not cached for
// tracebacks: CPython's reads lines by file name, and shows none for it.
func readModuleSource(loc moduleLocation) ([]byte, error) {
	if !loc.zipped {
		return os.ReadFile(loc.file)
	}
	return readZipSource(loc.file)
}

// ZipImporterType is zipimport.zipimporter, the loader of modules imported
// from a zip archive.
var ZipImporterType = NewBuiltinType("zipimporter", ObjectType, LayoutObject, FlagBaseType|FlagHasDict)

// zipLoader returns the zipimporter of the archive holding file.
func zipLoader(file string) Value {
	archive := file
	for {
		st, err := os.Stat(archive)
		if err == nil && st.Mode().IsRegular() {
			break
		}
		parent := filepath.Dir(archive)
		if parent == archive {
			break
		}
		archive = parent
	}
	prefix := strings.TrimPrefix(strings.TrimPrefix(filepath.Dir(file), archive), "/")
	if prefix != "" {
		prefix += "/"
	}
	return newLoader(ZipImporterType, map[string]Value{"archive": NewStr(archive), "prefix": NewStr(prefix)})
}

func init() {
	ZipImporterType.Module = "zipimport"
	ZipImporterType.Repr = func(th *Thread, v Value) (Value, error) {
		d := v.header().dict
		archive, _ := d.GetStr("archive")
		prefix, _ := d.GetStr("prefix")
		return NewStr(`<zipimporter object "` + StrValue(archive) + "/" + StrValue(prefix) + `">`), nil
	}
}
