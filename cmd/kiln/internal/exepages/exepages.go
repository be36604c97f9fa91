// Package exepages keeps the resident pages of kiln's own executable down
// to the ones the program touches.
//
// A page fault on a file mapping makes Linux map the 64 KB around the page
// too ("fault-around"), when those pages are in the page cache, as an
// executable's are. Kiln's code and read-only data are 10 MB, and starting
// up touches a little of nearly every 64 KB of them: `kiln -c pass` had
// 7.5 MiB of its executable resident, of which it used about a third. The
// resident pages count in the peak RSS that Python programs are measured
// by, and they were the largest part of a small program's (see "Start-up
// memory" in docs/performance.md).
//
// The kernel skips fault-around in a range registered with a userfaultfd
// for write-protection (uffd_disable_fault_around), and since Linux 6.7 an
// asynchronous write-protect registration (UFFD_FEATURE_WP_ASYNC) is
// allowed on any mapping and needs no thread to answer faults. The
// package's init, which Go runs before the packages that make up most of
// start-up (it depends on the runtime, rawsys, prefault and boot alone, and
// comes right after boot), registers the
// executable's read-only segments that way: from then on each page is mapped when it
// is first touched. Nothing ever writes to these segments, so
// write-protection itself never acts.
//
// The 1.5 MiB that the Go runtime's own start-up mapped before, with
// fault-around, stay: dropping them here (MADV_DONTNEED) would save them
// for every program but costs start-up 0.3 to 0.4 ms of CPU (a tenth of
// `kiln -c pass`) to map again the ones still used, a page at a time.
// cmd/kiln drops them at the first collection after a program has run
// 20 ms (initpages.go).
//
// Faulting a page at a time is dear where a fault traps to a hypervisor,
// so the pages that start-up touches are listed once per build in the
// user's cache directory and mapped at the next start in a few calls
// (startup.go).
//
// The userfaultfd must stay open for the registration to last: it is
// moved to descriptor ReservedFD with close-on-exec, out of the way of the
// descriptors a Python program opens, which are numbered from the lowest
// free one. A program that closes it (os.closerange) only brings
// fault-around back. Where the kernel is older, userfaultfd is forbidden
// (seccomp, vm.unprivileged_userfaultfd), the descriptor limit is at most
// ReservedFD (a program run with few descriptors keeps them all), or
// KILN_FAULTAROUND=1 is set, nothing changes.
package exepages

import (
	"unsafe"

	// boot's init comes first: its jobs for the prefault helper, the
	// runtime's metadata and the heap's pages that the inits write,
	// start the helper's queue, and this package's pages of code follow
	// (the other way round was no faster, docs/performance.md).
	_ "github.com/kilnpy/kiln/cmd/kiln/internal/boot"
	"github.com/kilnpy/kiln/cmd/kiln/internal/rawsys"
)

// Range is a [Lo, Hi) span of addresses, page-aligned.
type Range struct{ Lo, Hi uintptr }

// ReservedFD is the descriptor the userfaultfd is moved to (or the lowest
// free one above it): the last of the 64 a process's descriptor table
// starts with. A higher one would grow the table, and growing the table of
// a process with several threads, as Go's is by then, waits for an RCU
// grace period: 5 ms for descriptor 1000.
const ReservedFD = 63

var (
	readOnly []Range // the executable's read-only segments
	fine     bool    // whether they fault a page at a time
	whyNot   string  // why not, for Status
)

// ReadOnly returns the executable's read-only segments (code and
// read-only data), found from its program headers without opening a file.
func ReadOnly() []Range { return readOnly }

// Status says whether the executable's read-only segments fault one page
// at a time, and if not, why.
func Status() (ok bool, why string) { return fine, whyNot }

func init() {
	readOnly = readOnlySegments()
	fine, whyNot = faultOnePage()
	if len(readOnly) > 0 {
		// After the registration: populating a page faults it in, and
		// with fault-around the 64 KB around it too.
		loadStartupPages()
	}
}

// faultOnePage registers the read-only segments so that they fault one
// page at a time, and says whether it did and if not, why.
func faultOnePage() (bool, string) {
	if v, _ := rawsys.Getenv("KILN_FAULTAROUND"); v == "1" {
		return false, "KILN_FAULTAROUND=1"
	}
	if len(readOnly) == 0 {
		return false, "no program headers"
	}
	if err := registerFine(readOnly); err != "" {
		return false, err
	}
	return true, ""
}

//go:linkname runtimeAuxv runtime.getAuxv
func runtimeAuxv() []uintptr

// ELF constants (elf(5)).
const (
	atPHDR  = 3
	atPHENT = 4
	atPHNUM = 5
	ptLOAD  = 1
	ptNOTE  = 4
	ptPHDR  = 6
	pfW     = 2
)

// elfPhdr is an Elf64_Phdr.
type elfPhdr struct {
	typ, flags                              uint32
	off, vaddr, paddr, filesz, memsz, align uint64
}

// programHeaders returns the program headers the kernel mapped with the
// executable, and the load bias: what to add to an address in the file's
// headers to get the address in memory.
func programHeaders() ([]elfPhdr, uintptr) {
	var phdr, phent, phnum uintptr
	auxv := runtimeAuxv()
	for i := 0; i+1 < len(auxv); i += 2 {
		switch auxv[i] {
		case atPHDR:
			phdr = auxv[i+1]
		case atPHENT:
			phent = auxv[i+1]
		case atPHNUM:
			phnum = auxv[i+1]
		}
	}
	if phdr == 0 || phent != unsafe.Sizeof(elfPhdr{}) || phnum == 0 {
		return nil, 0
	}
	headers := unsafe.Slice((*elfPhdr)(mapped(phdr)), phnum)
	for _, h := range headers {
		if h.typ == ptPHDR {
			return headers, phdr - uintptr(h.vaddr)
		}
	}
	return nil, 0
}

// mapped converts the address of the executable's mapping to a pointer.
// The mapping is not Go's heap: the address is converted through memory so
// that vet's check of uintptr-to-pointer conversions, made for heap
// addresses, does not apply.
func mapped(addr uintptr) unsafe.Pointer {
	return *(*unsafe.Pointer)(unsafe.Pointer(&addr))
}

// FileOffset returns the offset in the executable's file of addr, an
// address in one of its read-only segments.
func FileOffset(addr uintptr) (int64, bool) {
	headers, bias := programHeaders()
	for _, h := range headers {
		lo := bias + uintptr(h.vaddr)
		if h.typ == ptLOAD && h.flags&pfW == 0 && lo <= addr && addr < lo+uintptr(h.filesz) {
			return int64(h.off) + int64(addr-lo), true
		}
	}
	return 0, false
}

// readOnlySegments returns the loaded segments without write permission.
func readOnlySegments() []Range {
	headers, bias := programHeaders()
	const page = pageSize
	var out []Range
	for _, h := range headers {
		if h.typ != ptLOAD || h.flags&pfW != 0 || h.memsz == 0 {
			continue
		}
		lo := (bias + uintptr(h.vaddr)) &^ (page - 1)
		hi := (bias + uintptr(h.vaddr+h.memsz) + page - 1) &^ (page - 1)
		out = append(out, Range{lo, hi})
	}
	return out
}

// userfaultfd(2) and ioctl_userfaultfd(2) constants.
const (
	uffdUserModeOnly      = 1
	uffdAPI               = 0xAA
	uffdFeatureWPAsync    = 1 << 15
	uffdioAPI             = 0xc018aa3f // _IOWR(0xAA, 0x3F, struct uffdio_api)
	uffdioRegister        = 0xc020aa00 // _IOWR(0xAA, 0x00, struct uffdio_register)
	uffdioRegisterModeWP  = 2
	fcntlDupFDCloseOnExec = 1030 // F_DUPFD_CLOEXEC
)

type uffdioAPIArg struct{ api, features, ioctls uint64 }

type uffdioRegisterArg struct{ start, length, mode, ioctls uint64 }

// registerFine registers ranges for asynchronous write-protection with a
// new userfaultfd kept open at ReservedFD or above, and returns why it
// could not.
func registerFine(ranges []Range) string {
	// User-mode faults only: allowed without privilege, and kiln needs no
	// more.
	fd, errno := rawsys.Syscall6(sysUserfaultfd, oCloexec|oNonblock|uffdUserModeOnly, 0, 0, 0, 0, 0)
	if errno != 0 {
		return "userfaultfd: " + Errno(errno).Error()
	}
	high, errno := rawsys.Syscall6(sysFcntl, fd, fcntlDupFDCloseOnExec, ReservedFD, 0, 0, 0)
	closeFD(int(fd))
	if errno == 0 && high != ReservedFD {
		// Taken: the table may have grown; leave the descriptors alone.
		closeFD(int(high))
		return "the reserved descriptor is in use"
	}
	if errno != 0 {
		return "moving the userfaultfd: " + Errno(errno).Error()
	}
	api := uffdioAPIArg{api: uffdAPI, features: uffdFeatureWPAsync}
	if _, errno := rawsys.Syscall6(sysIoctl, high, uffdioAPI, uintptr(unsafe.Pointer(&api)), 0, 0, 0); errno != 0 {
		closeFD(int(high))
		return "UFFDIO_API with WP_ASYNC: " + Errno(errno).Error()
	}
	for _, r := range ranges {
		reg := uffdioRegisterArg{start: uint64(r.Lo), length: uint64(r.Hi - r.Lo), mode: uffdioRegisterModeWP}
		if _, errno := rawsys.Syscall6(sysIoctl, high, uffdioRegister, uintptr(unsafe.Pointer(&reg)), 0, 0, 0); errno != 0 {
			// Closing the descriptor undoes the ranges registered before.
			closeFD(int(high))
			return "UFFDIO_REGISTER: " + Errno(errno).Error()
		}
	}
	return ""
}
