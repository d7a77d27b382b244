import assert from 'node:assert/strict';
import { mendConfusions } from '../../../src/core/parser/ocr/confusions';

describe('OCR confusions in contact details', () => {
  it('reads an @ misread as ©, ®, (@ or a capital C inside an otherwise whole e-mail address', () => {
    assert.equal(mendConfusions('M sascha.boruschewskiCexample.com'), 'M sascha.boruschewski@example.com');
    assert.equal(mendConfusions('jane.doe©mail.example.net'), 'jane.doe@mail.example.net');
    assert.equal(mendConfusions('jane_doe(@example.org,'), 'jane_doe@example.org,');
    assert.equal(mendConfusions('j.doe®example.de'), 'j.doe@example.de');
  });

  it('leaves web addresses, names and words with a capital C alone', () => {
    for (const text of ['www.MyCompany.com', 'github.com/janeCdoe', 'McCarthy Consulting', 'Coca-Cola', 'node.js C# Vue.js', 'janedoe.dev']) assert.equal(mendConfusions(text), text);
  });

  it('joins an address split after a dot and mends digits in a phone number', () => {
    assert.equal(mendConfusions('sandy. lowa@example.de'), 'sandy.lowa@example.de');
    assert.equal(mendConfusions('+49 l5l 4O49775'), '+49 151 4049775');
  });
});
