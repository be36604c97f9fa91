package runtime

import (
	"fmt"
	"math"
	"strings"
	"syscall"
	"time"
)

// This file defines the time module: clocks, sleep, struct_time with
// localtime/gmtime/mktime, and strftime/asctime/ctime with the C locale's
// formats.

var timeStructTimeType = NewStructSeqType("time", "struct_time", []string{
	"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff"}, 9)

// timeStart is the origin of perf_counter and monotonic.
var timeStart = time.Now()

// timeModuleInit makes the time module. It is registered with vm/runtime's
// other modules in modules.go (runtimeModules).
func timeModuleInit(th *Thread, m *Module) error {
	m.Set("struct_time", ValueOf(timeStructTimeType))
	now := time.Now()
	jan := time.Date(now.Year(), 1, 1, 0, 0, 0, 0, time.Local)
	jul := time.Date(now.Year(), 7, 1, 0, 0, 0, 0, time.Local)
	janName, janOff := jan.Zone()
	julName, julOff := jul.Zone()
	std, dst := janName, julName
	stdOff, dstOff := janOff, julOff
	if janOff > julOff { // southern hemisphere
		std, dst, stdOff, dstOff = julName, janName, julOff, janOff
	}
	m.Set("timezone", Int(int64(-stdOff)))
	m.Set("altzone", Int(int64(-dstOff)))
	daylight := int64(0)
	if janOff != julOff {
		daylight = 1
	}
	m.Set("daylight", Int(daylight))
	m.Set("tzname", NewTuple([]Value{NewStr(std), NewStr(dst)}))
	clocks := map[string]func() time.Duration{
		"time":         func() time.Duration { return time.Duration(time.Now().UnixNano()) },
		"perf_counter": func() time.Duration { return time.Since(timeStart) },
		"monotonic":    func() time.Duration { return time.Since(timeStart) },
		"process_time": timeProcess,
		"thread_time":  timeProcess,
	}
	for name, clock := range clocks {
		m.AddFunction(name, func(th *Thread, args []Value, kwnames []string) (Value, error) {
			if err := CheckArgCount(name, args, kwnames, 0, 0); err != nil {
				return Value{}, err
			}
			return Float(float64(clock()) / 1e9), nil
		})
		m.AddFunction(name+"_ns", func(th *Thread, args []Value, kwnames []string) (Value, error) {
			if err := CheckArgCount(name+"_ns", args, kwnames, 0, 0); err != nil {
				return Value{}, err
			}
			return Int(int64(clock())), nil
		})
	}
	m.AddFunction("sleep", timeSleep)
	m.AddFunction("gmtime", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		t, err := timeArg(th, "gmtime", args, kwnames)
		if err != nil {
			return Value{}, err
		}
		return timeStruct(t.UTC()), nil
	})
	m.AddFunction("localtime", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		t, err := timeArg(th, "localtime", args, kwnames)
		if err != nil {
			return Value{}, err
		}
		return timeStruct(t.Local()), nil
	})
	m.AddFunction("mktime", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount("mktime", args, kwnames, 1, 1); err != nil {
			return Value{}, err
		}
		t, err := timeFromStruct(th, "mktime", args[0], time.Local)
		if err != nil {
			return Value{}, err
		}
		return Float(float64(t.Unix())), nil
	})
	m.AddFunction("asctime", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount("asctime", args, kwnames, 0, 1); err != nil {
			return Value{}, err
		}
		t := time.Now()
		if len(args) == 1 {
			var err error
			if t, err = timeFromStruct(th, "asctime", args[0], time.Local); err != nil {
				return Value{}, err
			}
		}
		return NewStr(timeAsctime(t)), nil
	})
	m.AddFunction("ctime", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		t, err := timeArg(th, "ctime", args, kwnames)
		if err != nil {
			return Value{}, err
		}
		return NewStr(timeAsctime(t.Local())), nil
	})
	m.AddFunction("strftime", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount("strftime", args, kwnames, 1, 2); err != nil {
			return Value{}, err
		}
		if args[0].Type().Layout != LayoutStr {
			return Value{}, Errorf(TypeError, "strftime() argument 1 must be str, not %s", TypeName(args[0]))
		}
		t := time.Now()
		if len(args) == 2 {
			var err error
			if t, err = timeFromStruct(th, "strftime", args[1], time.Local); err != nil {
				return Value{}, err
			}
		}
		return NewStr(Strftime(StrValue(args[0]), t)), nil
	})
	return nil
}

// timeProcess is the CPU time of the process.
func timeProcess() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func timeSleep(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := CheckArgCount("sleep", args, kwnames, 1, 1); err != nil {
		return Value{}, err
	}
	secs, err := ToFloat(th, args[0])
	if err != nil {
		if IsInstanceOf(err, TypeError) {
			return Value{}, Errorf(TypeError, "'%s' object cannot be interpreted as an integer", TypeName(args[0]))
		}
		return Value{}, err
	}
	if math.IsNaN(secs) {
		return Value{}, Errorf(ValueError, "Invalid value NaN (not a number)")
	}
	if secs < 0 {
		return Value{}, Errorf(ValueError, "sleep length must be non-negative")
	}
	time.Sleep(time.Duration(secs * 1e9))
	return None, nil
}

// timeArg reads the optional seconds argument of gmtime, localtime and
// ctime (None or absent means now).
func timeArg(th *Thread, fname string, args []Value, kwnames []string) (time.Time, error) {
	if err := CheckArgCount(fname, args, kwnames, 0, 1); err != nil {
		return time.Time{}, err
	}
	if len(args) == 0 || args[0].IsNone() {
		return time.Now(), nil
	}
	secs, err := ToFloat(th, args[0])
	if err != nil {
		return time.Time{}, err
	}
	if math.IsNaN(secs) {
		return time.Time{}, Errorf(ValueError, "Invalid value NaN (not a number)")
	}
	if math.Abs(secs) > 1e17 {
		return time.Time{}, Errorf(OverflowError, "timestamp out of range for platform time_t")
	}
	return time.Unix(int64(math.Floor(secs)), 0), nil
}

// timeStruct makes a struct_time.
func timeStruct(t time.Time) Value {
	zone, off := t.Zone()
	isdst := Int(0)
	if t.IsDST() {
		isdst = Int(1)
	}
	return NewStructSeq(timeStructTimeType, Int(int64(t.Year())), Int(int64(t.Month())), Int(int64(t.Day())),
		Int(int64(t.Hour())), Int(int64(t.Minute())), Int(int64(t.Second())), Int(int64((t.Weekday()+6)%7)),
		Int(int64(t.YearDay())), isdst, NewStr(zone), Int(int64(off)))
}

// timeFromStruct converts a struct_time or 9-tuple to a time.
func timeFromStruct(th *Thread, fname string, v Value, loc *time.Location) (time.Time, error) {
	if v.Type().Layout != LayoutTuple {
		return time.Time{}, Errorf(TypeError, "Tuple or struct_time argument required")
	}
	items := TupleItems(v)
	if len(items) != 9 {
		return time.Time{}, Errorf(TypeError, "%s(): illegal time tuple argument", fname)
	}
	var f [9]int
	for i, it := range items {
		n, err := AsInt(th, it)
		if err != nil {
			return time.Time{}, err
		}
		f[i] = int(n)
	}
	return time.Date(f[0], time.Month(f[1]), f[2], f[3], f[4], f[5], 0, loc), nil
}

var (
	timeDays   = []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}
	timeMonths = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
)

// timeAsctime formats as C's asctime: "Thu Jan  1 00:00:00 1970".
func timeAsctime(t time.Time) string {
	return fmt.Sprintf("%s %s %2d %02d:%02d:%02d %d", timeDays[t.Weekday()][:3], timeMonths[t.Month()-1][:3],
		t.Day(), t.Hour(), t.Minute(), t.Second(), t.Year())
}

// Strftime formats t as C's strftime in the C locale.
func Strftime(format string, t time.Time) string {
	var b strings.Builder
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' || i+1 == len(format) {
			b.WriteByte(c)
			continue
		}
		i++
		switch format[i] {
		case 'a':
			b.WriteString(timeDays[t.Weekday()][:3])
		case 'A':
			b.WriteString(timeDays[t.Weekday()])
		case 'b', 'h':
			b.WriteString(timeMonths[t.Month()-1][:3])
		case 'B':
			b.WriteString(timeMonths[t.Month()-1])
		case 'c':
			b.WriteString(timeAsctime(t))
		case 'C':
			fmt.Fprintf(&b, "%02d", t.Year()/100)
		case 'd':
			fmt.Fprintf(&b, "%02d", t.Day())
		case 'D':
			b.WriteString(Strftime("%m/%d/%y", t))
		case 'e':
			fmt.Fprintf(&b, "%2d", t.Day())
		case 'F':
			b.WriteString(Strftime("%Y-%m-%d", t))
		case 'G':
			y, _ := t.ISOWeek()
			fmt.Fprintf(&b, "%d", y)
		case 'g':
			y, _ := t.ISOWeek()
			fmt.Fprintf(&b, "%02d", y%100)
		case 'H':
			fmt.Fprintf(&b, "%02d", t.Hour())
		case 'I':
			fmt.Fprintf(&b, "%02d", (t.Hour()+11)%12+1)
		case 'j':
			fmt.Fprintf(&b, "%03d", t.YearDay())
		case 'k':
			fmt.Fprintf(&b, "%2d", t.Hour())
		case 'l':
			fmt.Fprintf(&b, "%2d", (t.Hour()+11)%12+1)
		case 'm':
			fmt.Fprintf(&b, "%02d", int(t.Month()))
		case 'M':
			fmt.Fprintf(&b, "%02d", t.Minute())
		case 'n':
			b.WriteByte('\n')
		case 'p':
			if t.Hour() < 12 {
				b.WriteString("AM")
			} else {
				b.WriteString("PM")
			}
		case 'r':
			b.WriteString(Strftime("%I:%M:%S %p", t))
		case 'R':
			b.WriteString(Strftime("%H:%M", t))
		case 's':
			fmt.Fprintf(&b, "%d", t.Unix())
		case 'S':
			fmt.Fprintf(&b, "%02d", t.Second())
		case 't':
			b.WriteByte('\t')
		case 'T', 'X':
			b.WriteString(Strftime("%H:%M:%S", t))
		case 'u':
			fmt.Fprintf(&b, "%d", (int(t.Weekday())+6)%7+1)
		case 'U':
			fmt.Fprintf(&b, "%02d", (t.YearDay()+6-int(t.Weekday()))/7)
		case 'V':
			_, w := t.ISOWeek()
			fmt.Fprintf(&b, "%02d", w)
		case 'w':
			fmt.Fprintf(&b, "%d", int(t.Weekday()))
		case 'W':
			fmt.Fprintf(&b, "%02d", (t.YearDay()+6-(int(t.Weekday())+6)%7)/7)
		case 'x':
			b.WriteString(Strftime("%m/%d/%y", t))
		case 'y':
			fmt.Fprintf(&b, "%02d", t.Year()%100)
		case 'Y':
			fmt.Fprintf(&b, "%d", t.Year())
		case 'z':
			_, off := t.Zone()
			sign := '+'
			if off < 0 {
				sign, off = '-', -off
			}
			fmt.Fprintf(&b, "%c%02d%02d", sign, off/3600, off%3600/60)
		case 'Z':
			zone, _ := t.Zone()
			b.WriteString(zone)
		case '%':
			b.WriteByte('%')
		default:
			b.WriteByte('%')
			b.WriteByte(format[i])
		}
	}
	return b.String()
}
