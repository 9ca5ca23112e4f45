const {Fountain} = require('fountain-js');
const fs = require('fs');
const file = process.argv[2];
const out = new Fountain().parse(fs.readFileSync(file, 'utf8'), true);
for (const t of out.tokens) {
  let line = t.type;
  if (t.type === 'character' || t.type === 'scene_heading') line += '\t' + (t.text || '').replace(/\n/g, ' ');
  console.log(line);
}
