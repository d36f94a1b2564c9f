import (
	"sort"
	"strings"
)

type InMemoryDB struct {
	records map[string]map[string]string // key -> field -> value
	order   map[string][]string          // key -> its fields sorted; absent while stale
}

func Constructor() InMemoryDB {
	return InMemoryDB{records: map[string]map[string]string{}, order: map[string][]string{}}
}

func (this *InMemoryDB) Set(key string, field string, value string) {
	record, ok := this.records[key]
	if !ok {
		record = map[string]string{}
		this.records[key] = record
	}
	if _, ok := record[field]; !ok {
		delete(this.order, key)
	}
	record[field] = value
}

func (this *InMemoryDB) Get(key string, field string) string {
	return this.records[key][field] // a missing map reads as empty: ""
}

func (this *InMemoryDB) DeleteField(key string, field string) bool {
	record, ok := this.records[key]
	if !ok {
		return false
	}
	if _, ok := record[field]; !ok {
		return false
	}
	delete(record, field)
	delete(this.order, key)
	if len(record) == 0 {
		delete(this.records, key)
	}
	return true
}

func (this *InMemoryDB) Scan(key string) []string {
	return this.ScanByPrefix(key, "")
}

func (this *InMemoryDB) ScanByPrefix(key string, prefix string) []string {
	result := []string{}
	record, ok := this.records[key]
	if !ok {
		return result
	}
	order, ok := this.order[key]
	if !ok {
		order = make([]string, 0, len(record))
		for field := range record {
			order = append(order, field)
		}
		sort.Strings(order)
		this.order[key] = order
	}
	for i := sort.SearchStrings(order, prefix); i < len(order) && strings.HasPrefix(order[i], prefix); i++ {
		result = append(result, order[i]+"("+record[order[i]]+")")
	}
	return result
}
