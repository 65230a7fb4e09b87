package external

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"strings"
)

// ParseFlag reads "name=command" as given to bench -external: the command
// runs under sh -c, replaced by the program (exec), so that killing it
// kills the program.
func ParseFlag(s string) (Config, error) {
	name, command, ok := strings.Cut(s, "=")
	if !ok || strings.TrimSpace(name) == "" || strings.TrimSpace(command) == "" {
		return Config{}, fmt.Errorf("-external %q: want name=command", s)
	}
	return Config{Name: strings.TrimSpace(name), Command: []string{"sh", "-c", "exec " + command}}, nil
}

// ReadConfigFile reads a JSON list of [Config] from a file the user names;
// commands never come from corpus files.
func ReadConfigFile(path string) ([]Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var cfgs []Config
	if err := dec.Decode(&cfgs); err != nil {
		return nil, fmt.Errorf("external config %s: %w", path, err)
	}
	for i, c := range cfgs {
		if len(c.Command) == 0 {
			return nil, fmt.Errorf("external config %s: entry %d (%s): no command", path, i, c.Name)
		}
	}
	return cfgs, nil
}
