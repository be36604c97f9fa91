package runtime

// This file defines cell objects: the boxes that hold variables shared
// between a function and the functions nested in it.

// Cell is a cell object. An empty cell has a zero Contents.
type Cell struct {
	Object
	Contents Value
}

// CellType is the type of cells.
var CellType = NewBuiltinType("cell", ObjectType, LayoutOther, 0)

// NewCell returns a cell holding v (zero for an empty cell).
func NewCell(v Value) *Cell {
	profileNew(CellType, profCellSize)
	return &Cell{Object: Object{typ: CellType}, Contents: v}
}

func init() {
	CellType.AddGetSet("cell_contents", func(th *Thread, v Value) (Value, error) {
		c := as[Cell](v)
		if c.Contents.p == nil {
			return Value{}, Errorf(ValueError, "Cell is empty")
		}
		return c.Contents, nil
	}, func(th *Thread, v, x Value) error {
		as[Cell](v).Contents = x
		return nil
	})
	CellType.Repr = func(th *Thread, v Value) (Value, error) {
		c := as[Cell](v)
		if c.Contents.p == nil {
			return NewStr("<cell at " + hexAddr(v) + ": empty>"), nil
		}
		return NewStr("<cell at " + hexAddr(v) + ": " + TypeName(c.Contents) + " object at " + hexAddr(c.Contents) + ">"), nil
	}
}
