const parser = require('aw-parser/parser.js');
const fs = require('fs');
const out = parser.parse(fs.readFileSync(process.argv[2], 'utf8'), {print_headers: true, print_actions: true, print_notes: false, print_sections: true, print_synopsis: true, print_dialogues: true, double_space_between_scenes: false, use_dual_dialogue: true, merge_empty_lines: true});
for (const t of out.title_page) console.log('title_page\t' + t.type);
for (const t of out.tokens) {
  let line = t.type;
  if (t.type === 'character' || t.type === 'scene_heading') line += '\t' + (t.text || '').replace(/\n/g, ' ');
  console.log(line);
}
