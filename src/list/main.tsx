// Placeholder page: built in issue 5.
document.getElementById('root')!.textContent = 'Folio';
