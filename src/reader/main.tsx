// Placeholder page: built in issue 4.
document.getElementById('root')!.textContent = 'Folio';
